// str::parse into integers: Ok, and ParseIntError with std's kinds and messages; `?` on it; `_` in annotations.
use std::num::ParseIntError;
fn double(s: &str) -> Result<i32, ParseIntError> {
    let n = s.parse::<i32>()?;
    Ok(n * 2)
}
fn main() {
    println!("{:?} {:?}", double("21"), double("x1"));
    let big: Result<u8, _> = "300".parse();
    println!("{:?}", big);
    match "".parse::<i64>() { Ok(v) => println!("{}", v), Err(e) => println!("error: {}", e) }
    let n: i32 = "-17".parse().unwrap();
    println!("{}", n);
    match "-5".parse::<u32>() { Ok(v) => println!("{}", v), Err(e) => println!("error: {} / {:?}", e, e) }
}
