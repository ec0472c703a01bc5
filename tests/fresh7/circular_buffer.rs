use std::fmt;

#[derive(Debug, PartialEq, Eq)]
enum BufferError {
    Empty,
    Full { capacity: usize },
}

impl fmt::Display for BufferError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BufferError::Empty => write!(f, "buffer is empty"),
            BufferError::Full { capacity } => write!(f, "buffer is full ({} slots)", capacity),
        }
    }
}

impl std::error::Error for BufferError {}

struct CircularBuffer<T> {
    slots: Vec<Option<T>>,
    read: usize,
    write: usize,
    len: usize,
}

impl<T: Clone + fmt::Debug> CircularBuffer<T> {
    fn new(capacity: usize) -> Self {
        CircularBuffer { slots: vec![None; capacity], read: 0, write: 0, len: 0 }
    }

    fn write(&mut self, item: T) -> Result<(), BufferError> {
        if self.len == self.slots.len() {
            return Err(BufferError::Full { capacity: self.slots.len() });
        }
        self.slots[self.write] = Some(item);
        self.write = (self.write + 1) % self.slots.len();
        self.len += 1;
        Ok(())
    }

    fn read(&mut self) -> Result<T, BufferError> {
        let item = self.slots[self.read].take().ok_or(BufferError::Empty)?;
        self.read = (self.read + 1) % self.slots.len();
        self.len -= 1;
        Ok(item)
    }

    fn overwrite(&mut self, item: T) -> Option<T> {
        if self.len < self.slots.len() {
            self.write(item).expect("has room");
            return None;
        }
        let old = std::mem::replace(&mut self.slots[self.write], Some(item));
        self.write = (self.write + 1) % self.slots.len();
        self.read = self.write;
        old
    }

    fn clear(&mut self) {
        self.slots.iter_mut().for_each(|s| *s = None);
        self.read = 0;
        self.write = 0;
        self.len = 0;
    }

    fn snapshot(&self) -> String {
        let cells: Vec<String> = self.slots.iter().map(|s| s.as_ref().map_or("_".to_string(), |v| format!("{:?}", v))).collect();
        format!("[{}] r={} w={} len={}", cells.join(" "), self.read, self.write, self.len)
    }
}

fn main() {
    let mut buf: CircularBuffer<i32> = CircularBuffer::new(4);
    println!("start:     {}", buf.snapshot());
    println!("read empty: {:?}", buf.read());
    for v in 1..=5 {
        let r = buf.write(v * 10);
        println!("write {:>2}: {:<28} -> {}", v * 10, format!("{:?}", r), buf.snapshot());
    }
    if let Err(e) = buf.write(99) {
        println!("error message: {}", e);
    }
    for _ in 0..2 {
        let v = buf.read();
        println!("read {:?} -> {}", v, buf.snapshot());
    }
    for v in [7, 8, 9] {
        let dropped = buf.overwrite(v);
        println!("overwrite {} dropped {:?} -> {}", v, dropped, buf.snapshot());
    }
    let mut drained = Vec::new();
    while let Ok(v) = buf.read() {
        drained.push(v);
    }
    println!("drained in order: {:?}", drained);
    assert_eq!(drained, vec![40, 7, 8, 9]);

    let mut words: CircularBuffer<String> = CircularBuffer::new(3);
    "alpha beta gamma delta epsilon".split(' ').for_each(|w| {
        let _ = words.overwrite(w.to_uppercase());
    });
    println!("words: {}", words.snapshot());
    println!("oldest word: {:?}", words.read().map(|w| w.len()));
    words.clear();
    println!("cleared: {}", words.snapshot());

    let mut tiny: CircularBuffer<u8> = CircularBuffer::new(1);
    tiny.write(1).unwrap();
    println!("tiny: {}", tiny.snapshot());
    let results: Vec<Result<(), BufferError>> = (2..4).map(|v| tiny.write(v)).collect();
    println!("tiny writes: {:?}", results);
    tiny.read().unwrap();
    tiny.read().expect("reading from a drained buffer");
}
