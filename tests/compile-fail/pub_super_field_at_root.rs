// Found by scripts/fuzz-vs-rustc.py (seed 7, m00151): `pub(super)` on a field of a struct at the crate root is E0433.
pub struct Post {
    pub title: String,
    pub(super) content: String,
}
impl Post {
    pub(super) fn new(title: &str) -> Post {
        Post { title: title.to_string(), content: String::new() }
    }
}
fn main() {
    let p = Post::new("t");
    println!("{} {}", p.title, p.content.len());
}
