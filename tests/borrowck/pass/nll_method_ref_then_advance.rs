struct Playlist {
    songs: Vec<String>,
    cursor: usize,
}

impl Playlist {
    fn current(&self) -> &String {
        &self.songs[self.cursor]
    }
    fn advance(&mut self) {
        self.cursor = (self.cursor + 1) % self.songs.len();
    }
}

fn main() {
    let mut pl = Playlist { songs: vec!["a.mp3".into(), "b.mp3".into(), "c.mp3".into()], cursor: 0 };
    for _ in 0..4 {
        let now = pl.current();
        println!("playing {}", now);
        pl.advance();
    }
}
