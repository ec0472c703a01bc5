// Strings are Vec<u8> underneath: watching capacity as text grows.
fn show(label: &str, s: &String) {
    println!("{label:<20} len={:<3} cap={:<3} {:?}", s.len(), s.capacity(), s);
}

fn main() {
    let mut s = String::new();
    show("new", &s);
    for ch in ['a', 'é', '€', '🦀', 'z'] {
        s.push(ch);
        println!("  push {:?} ({} bytes) -> len {} cap {}", ch, ch.len_utf8(), s.len(), s.capacity());
    }
    s.push_str(" and more words");
    show("push_str", &s);
    s.push_str("!!");
    show("push_str !!", &s);

    let mut t = String::with_capacity(4);
    show("with_capacity(4)", &t);
    t.push_str("abcd");
    show("filled", &t);
    t.push('e');
    show("one more", &t);

    let u = String::from("hello");
    show("from", &u);
    let v = "hello".to_string();
    show("to_string", &v);
    let w = format!("{}-{}", u, v);
    show("format!", &w);
    let x: String = vec!["ab", "cd", "ef"].concat();
    show("concat", &x);
    let y: String = ['r', 'u', 's', 't'].iter().collect();
    show("collect chars", &y);
    let z = ["one", "two", "three"].join(", ");
    show("join", &z);

    let mut m = String::from("shrinking text here");
    m.reserve(100);
    println!("after reserve(100) cap >= 119: {}", m.capacity() >= 119);
    m.truncate(9);
    show("truncate(9)", &m);
    m.shrink_to_fit();
    show("shrink_to_fit", &m);
    let popped = m.pop();
    show("pop", &m);
    println!("popped {:?}", popped);
    m.insert(0, '>');
    show("insert", &m);
    m.insert_str(1, "> ");
    show("insert_str", &m);
    let removed = m.remove(0);
    println!("removed {:?}", removed);
    m.clear();
    show("clear", &m);

    let repeated = "ab".repeat(10);
    show("repeat", &repeated);
    let upper = repeated.to_uppercase();
    show("to_uppercase", &upper);
    let replaced = upper.replace("AB", "x");
    show("replace", &replaced);

    let bytes = s.clone().into_bytes();
    println!("bytes len {} cap {}", bytes.len(), bytes.capacity());
    let boxed: Box<str> = s.into_boxed_str();
    println!("Box<str> len {} size_of_val {}", boxed.len(), std::mem::size_of_val(&*boxed));
    let back = boxed.into_string();
    show("back", &back);
    let counts = back.chars().fold([0usize; 4], |mut acc, c| {
        acc[c.len_utf8() - 1] += 1;
        acc
    });
    println!("chars by utf8 width: {:?}", counts);
}
