use std::mem::size_of_val;

struct Buffer<'a> { label: &'a String, data: Vec<u8>, scale: u32 }

struct Counter { hits: u32, factor: u32, names: Vec<String> }

impl Counter {
    fn scaled(&self, xs: &[u32]) -> Vec<u32> {
        let f = |x: &u32| x * self.factor;
        println!("method closure size {}", size_of_val(&f));
        xs.iter().map(f).collect()
    }
    fn record(&mut self, name: &str) {
        let mut bump = || self.hits += 1;
        bump();
        self.names.push(name.to_string());
        let mut push = |s: &str| self.names.push(s.to_uppercase());
        push(name);
        println!("record sizes {} {}", size_of_val(&bump), size_of_val(&push));
    }
}

#[repr(C, packed)]
struct Packed { a: u8, b: u32 }

union Bits { int: u32, bytes: [u8; 4] }

fn main() {
    let label = String::from("buf");
    let b = Buffer { label: &label, data: vec![1, 2, 3], scale: 2 };
    let len = move || b.label.len();
    println!("move through ref: {} size {}", len(), size_of_val(&len));
    let sum = || b.data.iter().map(|&x| x as u32 * b.scale).sum::<u32>();
    println!("sum {} size {}", sum(), size_of_val(&sum));
    let mut c = Counter { hits: 0, factor: 3, names: vec![] };
    println!("{:?}", c.scaled(&[1, 2, 3]));
    c.record("x");
    c.record("y");
    println!("{} {:?}", c.hits, c.names);
    let pk = Packed { a: 1, b: 2 };
    let read_b = || { let v = pk.b; v + 1 };
    println!("packed {} size {}", read_b(), size_of_val(&read_b));
    let bits = Bits { int: 0x01020304 };
    let low = || unsafe { bits.bytes[0] };
    println!("union {} size {}", low(), size_of_val(&low));
    let t = (String::from("left"), String::from("right"), 5u8);
    let right = move || t.1.len() + t.2 as usize;
    println!("tuple fields {} {} size {}", t.0, right(), size_of_val(&right));
    let opt = Some(String::from("inner"));
    let peek = || opt.as_ref().map(|s| s.len());
    println!("{:?} {:?} {}", peek(), opt, size_of_val(&peek));
    let r = &mut c;
    let mut touch = || r.hits += 100;
    touch();
    println!("{} size {}", c.hits, size_of_val(&touch));
    println!("{}", c.hits);
}
