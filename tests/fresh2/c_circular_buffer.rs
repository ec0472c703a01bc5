use std::fmt::Debug;

#[derive(Debug, PartialEq, Eq)]
pub enum Error {
    EmptyBuffer,
    FullBuffer,
}

pub struct CircularBuffer<T> {
    slots: Vec<Option<T>>,
    read: usize,
    write: usize,
    len: usize,
}

impl<T: Debug> CircularBuffer<T> {
    pub fn new(capacity: usize) -> Self {
        let mut slots = Vec::with_capacity(capacity);
        slots.resize_with(capacity, || None);
        CircularBuffer { slots, read: 0, write: 0, len: 0 }
    }

    fn capacity(&self) -> usize {
        self.slots.len()
    }

    pub fn write(&mut self, element: T) -> Result<(), Error> {
        if self.len == self.capacity() {
            return Err(Error::FullBuffer);
        }
        self.slots[self.write] = Some(element);
        self.write = (self.write + 1) % self.capacity();
        self.len += 1;
        Ok(())
    }

    pub fn read(&mut self) -> Result<T, Error> {
        if self.len == 0 {
            return Err(Error::EmptyBuffer);
        }
        let value = self.slots[self.read].take().ok_or(Error::EmptyBuffer)?;
        self.read = (self.read + 1) % self.capacity();
        self.len -= 1;
        Ok(value)
    }

    pub fn clear(&mut self) {
        while self.read().is_ok() {}
        self.read = 0;
        self.write = 0;
    }

    pub fn overwrite(&mut self, element: T) {
        if self.len == self.capacity() {
            let dropped = self.read().unwrap();
            println!("    (overwrite dropped {dropped:?})");
        }
        self.write(element).unwrap();
    }

    pub fn snapshot(&self) -> String {
        self.slots
            .iter()
            .map(|s| match s {
                Some(v) => format!("{v:?}"),
                None => "_".to_string(),
            })
            .collect::<Vec<_>>()
            .join(" ")
    }
}

fn main() {
    let mut buf = CircularBuffer::new(3);
    println!("read empty: {:?}", buf.read());
    for x in 1..=4 {
        println!("write {x}: {:?} [{}]", buf.write(x), buf.snapshot());
    }
    println!("read: {:?}", buf.read());
    println!("write 5: {:?} [{}]", buf.write(5), buf.snapshot());
    println!("read: {:?} read: {:?}", buf.read(), buf.read());
    buf.overwrite(6);
    buf.overwrite(7);
    println!("after overwrites [{}]", buf.snapshot());
    buf.overwrite(8);
    println!("after full overwrite [{}]", buf.snapshot());
    let mut drained = Vec::new();
    while let Ok(v) = buf.read() {
        drained.push(v);
    }
    println!("drained {drained:?}");

    let mut strings: CircularBuffer<String> = CircularBuffer::new(2);
    strings.write("hello".into()).unwrap();
    strings.write(String::from("world")).unwrap();
    match strings.write("!".to_owned()) {
        Err(Error::FullBuffer) => println!("string buffer full as expected"),
        other => println!("unexpected {other:?}"),
    }
    strings.clear();
    println!("after clear: [{}] read={:?}", strings.snapshot(), strings.read());
    strings.write("again".into()).unwrap();
    println!("read {:?}", strings.read());

    let mut zero: CircularBuffer<u8> = CircularBuffer::new(1);
    let results: Vec<Result<(), Error>> = (0..3).map(|i| zero.write(i)).collect();
    println!("cap-1 writes: {results:?}");
}
