fn main() {
    let words = ["apple", "banana", "cherry"];
    let pos = words.iter().position(|w| *w == "banana");
    let i = unsafe { pos.unwrap_unchecked() };
    println!("banana at {}", i);
    let missing = words.iter().position(|w| *w == "durian");
    let j = unsafe { missing.unwrap_unchecked() };
    println!("durian at {}", j);
}
