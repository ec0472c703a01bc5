fn main() {
    let mut word = String::from("abc");
    let chars: Vec<char> = word.chars().collect();
    for ch in chars {
        if ch == 'b' {
            word.push('!');
        }
        word.push(ch.to_ascii_uppercase());
    }
    println!("{}", word);
}
