use std::fmt::Display;

trait Container {
    type Item;
    const CAPACITY: usize;
    const KIND: &'static str = "container";
    fn put(&mut self, item: Self::Item) -> Result<(), Self::Item>;
    fn take(&mut self) -> Option<Self::Item>;
    fn len(&self) -> usize;
    fn is_full(&self) -> bool { self.len() >= Self::CAPACITY }
    fn fill_from<I: IntoIterator<Item = Self::Item>>(&mut self, it: I) -> Vec<Self::Item> {
        let mut rejected = Vec::new();
        for x in it { if let Err(x) = self.put(x) { rejected.push(x); } }
        rejected
    }
}

#[derive(Debug, Default)]
struct Stack<T> { items: Vec<T> }
#[derive(Debug, Default)]
struct Ring<T> { buf: Vec<Option<T>>, head: usize, count: usize }

impl<T> Container for Stack<T> {
    type Item = T;
    const CAPACITY: usize = 4;
    const KIND: &'static str = "stack";
    fn put(&mut self, item: T) -> Result<(), T> { if self.is_full() { Err(item) } else { self.items.push(item); Ok(()) } }
    fn take(&mut self) -> Option<T> { self.items.pop() }
    fn len(&self) -> usize { self.items.len() }
}

impl<T> Ring<T> {
    fn new() -> Self { Ring { buf: (0..Self::CAPACITY).map(|_| None).collect(), head: 0, count: 0 } }
}

impl<T> Container for Ring<T> {
    type Item = T;
    const CAPACITY: usize = 3;
    fn put(&mut self, item: T) -> Result<(), T> {
        if self.is_full() { return Err(item); }
        let idx = (self.head + self.count) % Self::CAPACITY;
        self.buf[idx] = Some(item);
        self.count += 1;
        Ok(())
    }
    fn take(&mut self) -> Option<T> {
        if self.count == 0 { return None; }
        let v = self.buf[self.head].take();
        self.head = (self.head + 1) % Self::CAPACITY;
        self.count -= 1;
        v
    }
    fn len(&self) -> usize { self.count }
}

fn drain_all<C>(c: &mut C) -> Vec<C::Item> where C: Container {
    let mut out = Vec::new();
    while let Some(x) = c.take() { out.push(x); }
    out
}

fn report<C: Container>(c: &C) -> String where C::Item: Display {
    format!("{:<9} len={} cap={} full={}", C::KIND, c.len(), C::CAPACITY, c.is_full())
}

fn main() {
    let mut s: Stack<i32> = Stack::default();
    let rej = s.fill_from(1..=6);
    println!("{} rejected={:?}", report(&s), rej);
    println!("stack drained: {:?}", drain_all(&mut s));

    let mut r: Ring<String> = Ring::new();
    let rej = r.fill_from(["a", "b", "c", "d"].iter().map(|x| x.to_string()));
    println!("{} rejected={:?}", report(&r), rej);
    let first = r.take();
    r.put("e".to_string()).unwrap();
    let bad = r.put("f".to_string());
    println!("took {:?}, put f -> {:?}", first, bad);
    println!("ring drained: {:?} head={}", drain_all(&mut r), r.head);
    for round in 0..3 {
        let rej = r.fill_from((0..2).map(|i| format!("r{}i{}", round, i)));
        let got = r.take();
        println!("round {} rej={:?} got={:?} len={}", round, rej, got, r.len());
    }
    println!("totals: {} {}", <Stack<u8> as Container>::CAPACITY + <Ring<u8> as Container>::CAPACITY, <Ring<()> as Container>::KIND);
}
