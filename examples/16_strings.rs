// Tour stop 16: a string literal lives in .rodata and a `&'static str` points there; a String owns
// a heap buffer of UTF-8 bytes, and a &str can point into it.
fn main() {
    let greeting: &'static str = "hello";
    let mut owned = String::from(greeting);
    owned.push_str(", world");
    let word: &str = &owned[7..];
    println!("{greeting} | {owned} | {word} | {} bytes", owned.len());
}
