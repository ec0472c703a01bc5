fn main() {
    super::helper();
}
