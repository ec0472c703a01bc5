struct Holder { value: Thing }
fn main() {}
