fn first(v: Vec<Item>) -> usize {
    v.len()
}
fn main() {}
