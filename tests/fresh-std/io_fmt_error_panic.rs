use std::fmt;
use std::io::{self, IoSlice, Write};

struct Flaky(u32);

impl fmt::Display for Flaky {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0 > 2 {
            return Err(fmt::Error);
        }
        write!(f, "flaky#{}", self.0)
    }
}

fn main() {
    let mut buf = Vec::new();
    write!(buf, "{} {}", Flaky(1), Flaky(2)).unwrap();
    println!("{}", String::from_utf8(buf).unwrap());
    let mut slices = [IoSlice::new(b"abc"), IoSlice::new(b"de")];
    let mut s = &mut slices[..];
    IoSlice::advance_slices(&mut s, 4);
    println!("{:?}", s);
    let r = std::panic::catch_unwind(|| {
        let mut one = IoSlice::new(b"xy");
        one.advance(3);
    });
    println!("advance past the end panicked: {}", r.is_err());
    let mut out = io::stdout();
    let _ = writeln!(out, "before");
    println!("value: {}", Flaky(3));
    println!("unreachable");
}
