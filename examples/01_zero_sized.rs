// Tour stop 1: zero-sized types occupy no memory, and a Vec of them never allocates.
use std::marker::PhantomData;
use std::mem::size_of;

struct Marker;
struct Tagged<T> {
    _tag: PhantomData<T>,
}

fn main() {
    println!("()              {} bytes", size_of::<()>());
    println!("Marker          {} bytes", size_of::<Marker>());
    println!("PhantomData<u64> {} bytes", size_of::<PhantomData<u64>>());
    println!("Tagged<String>  {} bytes", size_of::<Tagged<String>>());
    println!("[u32; 0]        {} bytes", size_of::<[u32; 0]>());
    let mut units = Vec::new();
    for _ in 0..1000 {
        units.push(());
    }
    println!("Vec<()> holds {} units, capacity {}", units.len(), units.capacity());
}
