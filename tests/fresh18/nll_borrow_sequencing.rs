// Programs that only compile thanks to NLL: borrows end at last use.
use std::collections::HashMap;

fn first_word(s: &str) -> &str {
    s.split(' ').next().unwrap_or("")
}

fn main() {
    // Borrow ends before mutation.
    let mut v = vec![10, 20, 30];
    let first = &v[0];
    println!("first = {}", first);
    v.push(40);
    println!("v = {:?}", v);

    // Two-phase borrows: the argument is evaluated while v is reserved.
    v.push(v.len());
    v.push(v[0] + v[v.len() - 1]);
    let n = v.iter().sum::<usize>();
    v.insert(0, n);
    println!("after two-phase: {:?}", v);

    // Borrow in a conditional that ends on one branch.
    let mut names: Vec<String> = vec!["zed".into(), "amy".into()];
    let last = names.last();
    if let Some(l) = last {
        println!("last name {}", l);
    }
    names.push("bob".into());
    names.sort();

    // Re-borrow a String after getting a &str from it.
    let mut s = String::from("hello brave world");
    let w = first_word(&s);
    let wlen = w.len();
    println!("first word {:?}", w);
    s.replace_range(..wlen, "HOWDY");
    println!("{}", s);

    // HashMap: read, then insert, with the read borrow finished.
    let mut cache: HashMap<String, usize> = HashMap::new();
    for word in s.split_whitespace() {
        let existing = cache.get(word).copied();
        match existing {
            Some(c) => {
                cache.insert(word.to_string(), c + 1);
            }
            None => {
                let len = word.len();
                cache.insert(word.to_string(), len);
            }
        }
    }
    let mut pairs: Vec<_> = cache.iter().collect();
    pairs.sort();
    println!("cache {:?}", pairs);

    // Mutable borrow then shared borrow sequentially.
    let mut scores = vec![3, 1, 4, 1, 5, 9, 2, 6];
    let m = scores.iter_mut().max().unwrap();
    *m = 0;
    let biggest = scores.iter().max().unwrap();
    println!("new max {} in {:?}", biggest, scores);

    // Slice of a vec, used, then the vec grows.
    let window = &scores[2..5];
    let wsum: i32 = window.iter().sum();
    scores.extend_from_slice(&[wsum]);
    scores.retain(|&x| x != 1);
    println!("scores {:?}", scores);

    // Conditionally returning a borrow; mutation after it's dead.
    let mut text = String::from("abc");
    for round in 0..3 {
        let tail: &str = if text.len() > 4 { &text[text.len() - 2..] } else { &text };
        let tail_owned = tail.to_uppercase();
        text.push_str(&tail_owned);
        println!("round {} text {}", round, text);
    }

    // Mutable reference stored in a variable, used, then original used again.
    let mut counter = 0u32;
    let r = &mut counter;
    *r += 5;
    *r *= 2;
    counter += 1;
    println!("counter {}", counter);
    let names_ref = &mut names;
    names_ref.dedup();
    names_ref.push(names_ref.len().to_string());
    println!("{:?}", names);
}
