use std::mem;

struct Batcher {
    buffer: Vec<String>,
    flushed: Vec<Vec<String>>,
}

impl Batcher {
    fn add(&mut self, s: &str) {
        self.buffer.push(s.to_string());
        if self.buffer.len() == 2 {
            let full = mem::take(&mut self.buffer);
            self.flushed.push(full);
        }
    }
}

fn main() {
    let mut b = Batcher { buffer: Vec::new(), flushed: Vec::new() };
    for w in ["a", "b", "c", "d", "e"] {
        b.add(w);
    }
    println!("flushed {:?} pending {:?}", b.flushed, b.buffer);
}
