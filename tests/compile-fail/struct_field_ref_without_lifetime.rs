// Found by scripts/fuzz-vs-rustc.py (seed 7, m00247, m00536 …): a reference in a struct or enum field without a
// lifetime is E0106 (it was accepted, or found later as E0308).
struct Article {
    headline: &str,
    words: usize,
}
enum Message { Move(i32, &i32) }
fn main() {
    let a = Article { headline: "x", words: 1 };
    println!("{} {}", a.headline, a.words);
}
