// String is a Vec<u8> underneath: watch its capacity and byte length.
use std::fmt::Write;
use std::mem::size_of;

fn main() {
    println!("size_of::<String>() = {}", size_of::<String>());
    println!("size_of::<&str>() = {}", size_of::<&str>());
    println!("size_of::<Box<str>>() = {}", size_of::<Box<str>>());

    let mut s = String::new();
    let mut caps = vec![s.capacity()];
    for ch in "abcdefghijklmnopqrstuvwxyz0123456789".chars() {
        s.push(ch);
        if s.capacity() != *caps.last().unwrap() {
            caps.push(s.capacity());
        }
    }
    println!("push one char at a time: {caps:?}");

    let mut u = String::new();
    let mut steps = Vec::new();
    for ch in ['é', '€', '😀', 'ß', '中'] {
        u.push(ch);
        steps.push((ch.len_utf8(), u.len(), u.capacity()));
    }
    println!("multi-byte pushes (char bytes, len, cap): {steps:?}");
    println!("chars {} bytes {}", u.chars().count(), u.len());

    let mut p = String::with_capacity(3);
    p.push_str("hello");
    println!("with_capacity(3) + push_str(\"hello\"): cap {}", p.capacity());
    p.push_str(", world, this is longer");
    println!("then a long push_str: len {} cap {}", p.len(), p.capacity());
    p.shrink_to_fit();
    println!("shrink_to_fit: cap {}", p.capacity());

    let lit = String::from("literal");
    println!("String::from: len {} cap {}", lit.len(), lit.capacity());
    let owned = "to_owned".to_owned();
    println!("to_owned: cap {}", owned.capacity());
    let mut grown = lit.clone();
    grown.reserve(10);
    println!("reserve(10) on len 7: cap {}", grown.capacity());
    let cl = grown.clone();
    println!("clone keeps len not cap: len {} cap {}", cl.len(), cl.capacity());

    let joined = ["ab", "cd", "ef"].concat();
    println!("concat: {joined} cap {}", joined.capacity());
    let with_sep = ["ab", "cd", "ef"].join("--");
    println!("join: {with_sep} cap {}", with_sep.capacity());
    let rep = "xy".repeat(5);
    println!("repeat: {rep} cap {}", rep.capacity());

    let mut w = String::new();
    for i in 0..5 {
        write!(w, "{i},").unwrap();
    }
    println!("write! loop: {w} len {} cap {}", w.len(), w.capacity());

    let upper = "mixed Case".to_uppercase();
    println!("to_uppercase: {upper} cap {}", upper.capacity());

    let mut t = String::from("truncate me please");
    t.truncate(8);
    println!("truncate: {t:?} len {} cap {}", t.len(), t.capacity());
    let popped = t.pop();
    println!("pop -> {popped:?}, now {t:?}");
    t.clear();
    println!("clear: len {} cap {} empty {}", t.len(), t.capacity(), t.is_empty());

    let bytes = "héllo".as_bytes();
    println!("bytes of héllo: {bytes:?}");
    let slice = &"héllo"[0..3];
    println!("&s[0..3] = {slice:?} (len {})", slice.len());
    println!("is_char_boundary(2) = {}", "héllo".is_char_boundary(2));

    let boxed: Box<str> = String::from("boxed str").into_boxed_str();
    println!("into_boxed_str len {}", boxed.len());
    let back = boxed.into_string();
    println!("back into String: cap {}", back.capacity());
    let v = back.into_bytes();
    println!("into_bytes: len {} cap {}", v.len(), v.capacity());
    let s2 = String::from_utf8(v).unwrap();
    println!("from_utf8 again: {s2}");
    let ins = {
        let mut x = String::from("ace");
        x.insert(1, 'b');
        x.insert_str(3, "d");
        x
    };
    println!("insert: {ins} cap {}", ins.capacity());
    let f1 = format!("{}-{}", 1, 2);
    let f2 = format!("value: {}", 42);
    let f3 = format!("{}", 7);
    let f4 = format!("a fairly long literal prefix {} and suffix", "x");
    println!("format! caps: {} {} {} {}", f1.capacity(), f2.capacity(), f3.capacity(), f4.capacity());
    let n = 12345u32.to_string();
    let c = 'q'.to_string();
    let b = true.to_string();
    println!("to_string lens: {} {} {}", n.len(), c.len(), b.len());
}
