struct Counter { n: u32 }
impl Counter {
    fn add(&mut self, by: u32) { self.n += by; }
}
fn main() {
    let mut c = Counter { n: 0 };
    c.add(1, 2);
}
