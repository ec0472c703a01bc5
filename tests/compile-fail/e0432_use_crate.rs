use crate::shapes::Circle;
fn main() {}
