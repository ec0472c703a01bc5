fn main() { let v = 5; let r = &mut v; *r += 1; }
