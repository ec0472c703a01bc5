// a UTF-8 byte-order mark starts this file; rustc ignores it
fn main() {
    println!("bom ok");
}
