// Patterns in parameters: `_`, tuples, references to tuples.
fn print_coordinates(&(x, y): &(i32, i32)) { println!("Current location: ({}, {})", x, y); }
fn foo(_: i32, y: i32) { println!("This code only uses the y parameter: {}", y); }
fn swap((a, b): (u8, char)) -> (char, u8) { (b, a) }
fn main() { print_coordinates(&(3, 5)); foo(3, 4); println!("{:?}", swap((1, 'x'))); }
