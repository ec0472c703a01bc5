// Found by scripts/fuzz-vs-rustc.py (seed 7, m00613): derive on a function is E0774.
#[derive(Debug)]
fn helper() {}
fn main() {
    helper();
}
