fn make() -> Widget {
    0
}
fn main() {}
