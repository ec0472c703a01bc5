// CRLF line ends, as a Windows editor saves them
fn main() {
    let s = "two
lines";
    println!("{} {}", s.len(), s.lines().count());
}
