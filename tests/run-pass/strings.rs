// String and &str: from, push_str, push, +, format!, comparisons, len in bytes of UTF-8, deref
// coercion &String to &str, clone, clear, Display and Debug, a String in a struct.
struct Person { name: String, city: String }

fn shout(s: &str) -> usize {
    println!("{}!", s);
    s.len()
}

fn main() {
    let mut s = String::from("Grüße");
    println!("{} has {} bytes, capacity {}", s, s.len(), s.capacity());
    s.push(',');
    s.push_str(" Jürgen");
    println!("{:?} {}", s, s.len());
    let n = shout(&s);
    println!("{}", n);
    let hello = String::from("Hello, ");
    let world = String::from("world");
    let joined = hello + &world + "!";
    println!("{}", joined);
    let copy = joined.clone();
    println!("{} {}", copy == joined, copy == "Hello, world!");
    let p = Person { name: String::from("Ada"), city: "London".to_string() };
    let line = format!("{} lives in {} ({} chars)", p.name, p.city, p.city.len());
    println!("{}", line);
    let mut t = String::with_capacity(4);
    t.push_str("abcdef");
    println!("{} {} {}", t, t.len(), t.capacity());
    t.clear();
    println!("{:?} {} {} {}", t, t.len(), t.capacity(), t.is_empty());
    let empty = String::new();
    println!("[{}] {} {}", empty, empty.len(), empty.capacity());
    println!("[{:>8}] [{:<8}] [{:^8.2}]", p.name, p.city, copy);
}
