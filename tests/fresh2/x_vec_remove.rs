#[derive(Debug)]
struct Playlist {
    songs: Vec<String>,
}

impl Playlist {
    fn remove_all(&mut self, positions: &[usize]) {
        // removes by position without adjusting for earlier removals
        for &p in positions {
            let removed = self.songs.remove(p);
            println!("removed #{p}: {removed}");
        }
    }
}

fn main() {
    let mut pl = Playlist {
        songs: ["Intro", "Blue", "Green", "Red", "Outro"].iter().map(|s| s.to_string()).collect(),
    };
    println!("{:?}", pl.songs);
    pl.songs.swap(1, 3);
    pl.songs.insert(2, "Yellow".to_string());
    println!("{:?}", pl.songs);
    let dropped = pl.songs.drain(..1).collect::<Vec<_>>();
    println!("dropped {dropped:?}, now {:?}", pl.songs);
    pl.remove_all(&[0, 2, 3]);
    println!("{:?}", pl.songs);
}
