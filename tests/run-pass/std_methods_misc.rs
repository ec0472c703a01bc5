// Vec::contains, join (the String gets exactly the joined length), String::eq through Rc,
// cfg!, and filter_map with a closure that borrows mutably.
use std::rc::Rc;

fn main() {
    let v = vec![3, 1, 4, 1, 5];
    println!("{} {}", v.contains(&4), v.contains(&9));
    let words = vec![String::from("memory"), String::from("is"), String::from("bytes")];
    let joined = words.join(" ");
    println!("{} (capacity {})", joined, joined.capacity());
    let parts = vec!["a", "b", "c"];
    println!("{}", parts.join("-"));
    let x = Rc::new(String::from("same"));
    let y = Rc::new(String::from("same"));
    println!("{} {}", x.eq(&y), x.ne(&y));
    println!("debug build: {}, abort: {}", cfg!(debug_assertions), cfg!(panic = "abort"));
    let mut rejected = Vec::new();
    let small: Vec<u8> = vec!["7", "300", "x", "12"]
        .into_iter()
        .filter_map(|s| match s.parse::<u8>() {
            Ok(n) => Some(n),
            Err(_) => {
                rejected.push(s);
                None
            }
        })
        .collect();
    println!("{:?} rejected {:?}", small, rejected);
}
