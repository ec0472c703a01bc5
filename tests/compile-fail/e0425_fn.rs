fn main() { let v = compute(3); println!("{}", v); }
