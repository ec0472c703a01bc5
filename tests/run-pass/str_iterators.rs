fn last_char_of_first_line(text: &str) -> Option<char> {
    text.lines().next()?.chars().last()
}
fn main() {
    let novel = String::from("Call me Ishmael. Some years ago...");
    let first_sentence = novel.split('.').next().unwrap();
    println!("{first_sentence}");
    for piece in "a,b,,c,".split(',') { println!("[{piece}]"); }
    for line in "one\ntwo\r\n\nthree\n".lines() { println!("<{line}>"); }
    for w in "  hello   wide\tworld \n".split_whitespace() { println!("({w})"); }
    for (i, c) in "héllo✓".char_indices() { println!("{i} {c}"); }
    println!("{:?} {:?} {:?}", last_char_of_first_line("Hello, world\nHow"), last_char_of_first_line(""), last_char_of_first_line("\nhi"));
    let v: Vec<&str> = "x-y-z".split('-').collect();
    println!("{:?} {}", v, "ab✓".chars().count());
    let mut it = "über".chars();
    println!("{:?} {:?}", it.next(), it.next());
    for p in "a→b→".split('→') { println!("{{{p}}}"); }
}
