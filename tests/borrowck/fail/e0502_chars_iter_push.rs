fn main() {
    let mut word = String::from("abc");
    for ch in word.chars() {
        if ch == 'b' {
            word.push('!');
        }
    }
    println!("{}", word);
}
