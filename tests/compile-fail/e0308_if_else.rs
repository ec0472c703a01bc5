fn main() {
    let n = 3;
    let s = if n > 2 { "big" } else { 7 };
}
