// PhantomData as a value: zero-sized, its type argument inferred from where it goes.
use std::marker::PhantomData;
use std::mem::size_of;

struct Meters<T> { value: f64, unit: PhantomData<T> }

struct Tagged<A, B>(A, PhantomData<B>);

struct Km;

fn total(xs: &[Meters<Km>]) -> f64 {
    let mut sum = 0.0;
    for x in xs { sum += x.value; }
    sum
}

fn main() {
    let a: Meters<Km> = Meters { value: 2.5, unit: PhantomData };
    let b: Meters<Km> = Meters { value: 1.25, unit: PhantomData };
    println!("{}", total(&[a, b]));
    let t: Tagged<char, u64> = Tagged('x', PhantomData);
    println!("{} {}", t.0, size_of::<Tagged<char, u64>>());
    println!("{} {}", size_of::<PhantomData<String>>(), size_of::<Meters<Km>>());
    sizes();
}

// (format arguments with commas inside generic arguments, in println! and in write!)
fn sizes() {
    println!("{} {}", std::mem::size_of::<Tagged<u8, u16>>(), std::mem::align_of::<(u8, u32)>());
    println!("{}", Sizes);
}

struct Sizes;

impl std::fmt::Display for Sizes {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "{}", std::mem::size_of::<Tagged<u16, u64>>())
    }
}
