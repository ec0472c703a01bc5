pub fn encode(source: &str) -> String {
    let mut out = String::new();
    let mut chars = source.chars().peekable();
    while let Some(c) = chars.next() {
        let mut n = 1;
        while chars.peek() == Some(&c) {
            chars.next();
            n += 1;
        }
        if n > 1 {
            out.push_str(&n.to_string());
        }
        out.push(c);
    }
    out
}

pub fn decode(source: &str) -> String {
    let mut out = String::new();
    let mut count = String::new();
    for c in source.chars() {
        if c.is_ascii_digit() {
            count.push(c);
        } else {
            let n: usize = if count.is_empty() { 1 } else { count.parse().unwrap() };
            out.extend(std::iter::repeat(c).take(n));
            count.clear();
        }
    }
    out
}

fn main() {
    let samples = [
        "",
        "XYZ",
        "AABBBCCCC",
        "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW",
        "  hsqq qww  ",
        "aabbbcccc",
        "zzz ZZ  zZ",
    ];
    for s in samples {
        let e = encode(s);
        let d = decode(&e);
        let ratio = if s.is_empty() { 1.0 } else { e.len() as f32 / s.len() as f32 };
        println!("{:?}\n  -> {:?} (ratio {:.2}) round-trip ok: {}", s, e, ratio, d == s);
    }
    println!("{:?}", decode("12WB12W3B24WB"));
    println!("{:?}", decode("2 hs2q q2w2 "));
}
