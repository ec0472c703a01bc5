fn main() {
    let x = None;
}
