trait Speak { fn speak(&self) -> u8; }
fn talk<T: Speak>(t: &T) -> u8 { t.speak() }
fn main() { println!("{}", talk(&1.5)); }
