// for loops over a str's chars (UTF-8 decoded) and bytes, also of a String.
fn main() {
    for c in "Зд!".chars() {
        println!("{} {}", c, c as u32);
    }
    for b in "Зд".bytes() {
        print!("{} ", b);
    }
    println!();
    let s = String::from("héllo");
    let mut n = 0;
    for c in s.chars() {
        if c != 'l' { n += 1; }
    }
    println!("{} of {} bytes", n, s.len());
}
