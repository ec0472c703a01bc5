// Tour stop 2: str, [T] and dyn Trait have no static size; pointers to them are two words.
use std::fmt::Display;
use std::mem::{size_of, size_of_val};

fn main() {
    let text: &str = "hello";
    let numbers: &[i32] = &[1, 2, 3];
    let shown: &dyn Display = &42u8;
    println!("&u8          {} bytes (thin pointer)", size_of::<&u8>());
    println!("&str         {} bytes (pointer + length)", size_of::<&str>());
    println!("&[i32]       {} bytes (pointer + length)", size_of::<&[i32]>());
    println!("&dyn Display {} bytes (pointer + vtable)", size_of::<&dyn Display>());
    println!("Box<str>     {} bytes", size_of::<Box<str>>());
    println!("the str behind it: {} bytes", size_of_val(text));
    println!("the slice behind it: {} bytes", size_of_val(numbers));
    println!("the value behind the dyn: {} bytes", size_of_val(shown));
}
