// Custom iterator structs: double-ended, exact-size, IntoIterator for owned and borrowed.
#[derive(Debug, Clone)]
struct Countdown {
    lo: u32,
    hi: u32,
    step: u32,
}

impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.lo >= self.hi {
            return None;
        }
        self.hi -= self.step.min(self.hi - self.lo);
        Some(self.hi)
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = ((self.hi - self.lo) + self.step - 1) / self.step;
        (n as usize, Some(n as usize))
    }
}

impl ExactSizeIterator for Countdown {}

impl DoubleEndedIterator for Countdown {
    fn next_back(&mut self) -> Option<u32> {
        if self.lo >= self.hi {
            return None;
        }
        let v = self.lo;
        self.lo += self.step.min(self.hi - self.lo);
        Some(v)
    }
}

struct Playlist {
    songs: Vec<String>,
}

impl Playlist {
    fn new(names: &[&str]) -> Self {
        Playlist { songs: names.iter().map(|s| s.to_string()).collect() }
    }
}

impl<'a> IntoIterator for &'a Playlist {
    type Item = &'a String;
    type IntoIter = std::slice::Iter<'a, String>;
    fn into_iter(self) -> Self::IntoIter {
        self.songs.iter()
    }
}

impl IntoIterator for Playlist {
    type Item = String;
    type IntoIter = std::vec::IntoIter<String>;
    fn into_iter(self) -> Self::IntoIter {
        self.songs.into_iter()
    }
}

fn main() {
    let c = Countdown { lo: 0, hi: 10, step: 3 };
    println!("len = {}", c.len());
    let fwd: Vec<u32> = c.clone().collect();
    println!("forward: {:?}", fwd);
    let back: Vec<u32> = c.clone().rev().collect();
    println!("backward: {:?}", back);
    let mut mixed = c.clone();
    let a = mixed.next();
    let b = mixed.next_back();
    println!("mixed: {:?} {:?} remaining len {}", a, b, mixed.len());
    println!("rest: {:?}", mixed.collect::<Vec<_>>());
    let pairs: Vec<(usize, u32)> = Countdown { lo: 5, hi: 20, step: 5 }.enumerate().collect();
    println!("pairs: {:?}", pairs);
    let total: u32 = Countdown { lo: 1, hi: 8, step: 2 }.rev().skip(1).sum();
    println!("total: {}", total);
    println!("last: {:?}", Countdown { lo: 2, hi: 9, step: 4 }.last());

    let list = Playlist::new(&["intro", "verse", "chorus", "bridge", "outro"]);
    let mut longest = "";
    for song in &list {
        if song.len() > longest.len() {
            longest = song;
        }
    }
    println!("longest: {}", longest);
    let lengths: Vec<usize> = (&list).into_iter().map(|s| s.len()).collect();
    println!("lengths: {:?}", lengths);
    let mut owned = Vec::new();
    for (i, song) in list.into_iter().enumerate().rev() {
        owned.push(format!("{}:{}", i, song.to_uppercase()));
    }
    println!("{}", owned.join(", "));
}
