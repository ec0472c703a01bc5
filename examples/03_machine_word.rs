// Tour stop 3: usize, isize and pointers are one machine word (8 bytes on x86_64).
use std::mem::size_of;

fn main() {
    println!("usize  {} bytes", size_of::<usize>());
    println!("isize  {} bytes", size_of::<isize>());
    println!("*const u8 {} bytes", size_of::<*const u8>());
    println!("&u64   {} bytes", size_of::<&u64>());
    println!("fn()   {} bytes", size_of::<fn()>());
    println!("usize::MAX = {}", usize::MAX);
}
