macro m() { 1 }
fn main() { println!("{}", m!()); }
