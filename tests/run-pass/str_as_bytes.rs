// as_bytes on String, &String and &str: the same pointer and length as a &[u8]; byte literals.
fn first_word(s: &String) -> usize {
    let bytes = s.as_bytes();
    for (i, &item) in bytes.iter().enumerate() {
        if item == b' ' {
            return i;
        }
    }
    s.len()
}

fn count(s: &str, b: u8) -> usize {
    s.as_bytes().iter().filter(|&&x| x == b).count()
}

fn parsed(s: &String) -> i32 {
    s.parse().unwrap()
}

fn main() {
    let s = String::from("hello world");
    println!("{}", first_word(&s));
    let owned = s.as_bytes();
    println!("{:?} {} {}", &owned[..5], owned.len(), owned[0] as char);
    println!("{}", count("banana", b'a'));
    println!("{}", s.as_bytes().as_ptr() == s.as_ptr());
    println!("{}", parsed(&String::from("-17")));
}
