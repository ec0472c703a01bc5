fn main() {
    let r = Ok(1);
}
