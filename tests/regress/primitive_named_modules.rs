// `use std::str;` brings the module `str` into scope: where a type is wanted `str` is still the primitive, and
// `str::len` (not in the module) is the primitive's method, as rustc resolves them.
use std::str;
use std::char;
use std::f64;
mod u8 { pub fn double(x: u8) -> u8 { x * 2 } }
fn first_word(s: &str) -> &str { s.split(' ').next().unwrap_or("") }
fn main() {
    let b = [104u8, 105];
    let s: &str = str::from_utf8(&b).unwrap();
    println!("{} {} {}", s, str::len(s), first_word("a b"));
    let c: char = char::from_u32(65).unwrap();
    println!("{} {} {}", c, char::is_alphabetic(c), f64::consts::PI > 3.0);
    let x: f64 = f64::sqrt(16.0);
    println!("{} {}", x, u8::double(4));
    let v: Vec<str::Chars> = vec!["ab".chars()];
    println!("{}", v.len());
}
