// Tour stop 19: an enum is as large as its largest variant plus the tag; boxing the large
// payload shrinks it.
use std::mem::size_of;

#[allow(dead_code)]
enum Inline {
    Small(u8),
    Large([u64; 16]),
}

#[allow(dead_code)]
enum Boxed {
    Small(u8),
    Large(Box<[u64; 16]>),
}

fn main() {
    println!("Inline: {} bytes", size_of::<Inline>());
    println!("Boxed:  {} bytes", size_of::<Boxed>());
    println!("Option<Box<u8>>: {} bytes (null is the niche)", size_of::<Option<Box<u8>>>());
}
