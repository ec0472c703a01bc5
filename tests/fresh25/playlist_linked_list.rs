use std::fmt;
use std::mem;

#[derive(Debug, Clone, PartialEq)]
struct Song {
    title: String,
    secs: u32,
}

struct Node {
    song: Song,
    next: Option<Box<Node>>,
}

#[derive(Default)]
struct Playlist {
    head: Option<Box<Node>>,
    len: usize,
}

struct Iter<'a> {
    cur: Option<&'a Node>,
}

impl<'a> Iterator for Iter<'a> {
    type Item = &'a Song;
    fn next(&mut self) -> Option<&'a Song> {
        self.cur.map(|n| {
            self.cur = n.next.as_deref();
            &n.song
        })
    }
}

impl<'a> IntoIterator for &'a Playlist {
    type Item = &'a Song;
    type IntoIter = Iter<'a>;
    fn into_iter(self) -> Iter<'a> {
        Iter { cur: self.head.as_deref() }
    }
}

impl Playlist {
    fn push_front(&mut self, song: Song) {
        let old = self.head.take();
        self.head = Some(Box::new(Node { song, next: old }));
        self.len += 1;
    }
    fn push_back(&mut self, song: Song) {
        let mut slot = &mut self.head;
        while let Some(node) = slot {
            slot = &mut node.next;
        }
        *slot = Some(Box::new(Node { song, next: None }));
        self.len += 1;
    }
    fn pop_front(&mut self) -> Option<Song> {
        self.head.take().map(|n| {
            self.head = n.next;
            self.len -= 1;
            n.song
        })
    }
    fn reverse(&mut self) {
        let mut prev: Option<Box<Node>> = None;
        let mut cur = self.head.take();
        while let Some(mut node) = cur {
            cur = mem::replace(&mut node.next, prev);
            prev = Some(node);
        }
        self.head = prev;
    }
    fn remove_if(&mut self, pred: impl Fn(&Song) -> bool) -> Vec<Song> {
        let mut removed = Vec::new();
        let mut slot = &mut self.head;
        loop {
            match slot {
                None => break,
                Some(node) if pred(&node.song) => {
                    let mut taken = slot.take().unwrap();
                    *slot = taken.next.take();
                    removed.push(taken.song);
                    self.len -= 1;
                }
                Some(node) => slot = &mut node.next,
            }
        }
        removed
    }
    fn iter(&self) -> Iter<'_> {
        self.into_iter()
    }
    fn total(&self) -> u32 {
        self.iter().map(|s| s.secs).sum()
    }
}

struct Dur(u32);

impl fmt::Display for Dur {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let (h, m, s) = (self.0 / 3600, self.0 / 60 % 60, self.0 % 60);
        if h > 0 { write!(f, "{}:{:02}:{:02}", h, m, s) } else { write!(f, "{}:{:02}", m, s) }
    }
}

fn show(label: &str, p: &Playlist) {
    println!("{} ({} songs, {}):", label, p.len, Dur(p.total()));
    for (i, s) in p.into_iter().enumerate() {
        println!("  {:>2}. {:<22}{:>6}", i + 1, s.title, Dur(s.secs).to_string());
    }
}

fn song(t: &str, secs: u32) -> Song {
    Song { title: t.to_string(), secs }
}

fn main() {
    let mut p = Playlist::default();
    p.push_back(song("Blue in Green", 337));
    p.push_back(song("So What", 562));
    p.push_front(song("Intro", 45));
    p.push_back(song("Freddie Freeloader", 586));
    p.push_back(song("Interlude", 30));
    p.push_back(song("All Blues", 693));
    show("initial", &p);
    p.reverse();
    show("reversed", &p);
    let short = p.remove_if(|s| s.secs < 60);
    println!("removed short: {:?}", short.iter().map(|s| s.title.as_str()).collect::<Vec<_>>());
    show("filtered", &p);
    let longest = p.iter().max_by_key(|s| s.secs).unwrap();
    println!("longest: {} ({})", longest.title, Dur(longest.secs));
    let titles: Vec<String> = p.iter().filter(|s| s.title.contains(' ')).map(|s| s.title.to_uppercase()).collect();
    println!("multiword: {:?}", titles);
    let mut queue_time = 0;
    while let Some(s) = p.pop_front() {
        queue_time += s.secs;
        println!("playing {:<20} elapsed {:>8}", s.title, Dur(queue_time).to_string());
        if queue_time > 1500 {
            break;
        }
    }
    println!("left: {} song(s), first = {:?}", p.len, p.iter().next().map(|s| &s.title));
    let mut big = Playlist::default();
    for i in 0..5000 {
        big.push_front(song("x", i % 7));
    }
    big.reverse();
    println!("big total {} = {}", big.total(), Dur(big.total()));
    let mut empty = Playlist::default();
    empty.reverse();
    println!("empty pop: {:?}, removed {}", empty.pop_front(), empty.remove_if(|_| true).len());
}
