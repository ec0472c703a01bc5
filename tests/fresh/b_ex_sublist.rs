#[derive(Debug, PartialEq, Eq)]
pub enum Comparison {
    Equal,
    Sublist,
    Superlist,
    Unequal,
}

fn contains<T: PartialEq>(haystack: &[T], needle: &[T]) -> bool {
    needle.is_empty() || haystack.windows(needle.len()).any(|w| w == needle)
}

pub fn sublist<T: PartialEq>(first: &[T], second: &[T]) -> Comparison {
    use Comparison::*;
    match (first.len(), second.len()) {
        (a, b) if a == b => if first == second { Equal } else { Unequal },
        (a, b) if a < b => if contains(second, first) { Sublist } else { Unequal },
        _ => if contains(first, second) { Superlist } else { Unequal },
    }
}

fn main() {
    let empty: [u32; 0] = [];
    println!("{:?}", sublist(&empty, &empty));
    println!("{:?}", sublist(&empty, &[1, 2, 3]));
    println!("{:?}", sublist(&[1, 2, 3], &empty));
    println!("{:?}", sublist(&[1, 2, 3], &[1, 2, 3]));
    println!("{:?}", sublist(&[1, 2, 3], &[2, 3, 4]));
    println!("{:?}", sublist(&[1, 2, 5], &[0, 1, 2, 3, 1, 2, 5, 6]));
    println!("{:?}", sublist(&[1, 1, 2], &[0, 1, 1, 1, 2, 1, 2]));
    println!("{:?}", sublist(&[0, 1, 2, 3, 4, 5], &[2, 3]));
    println!("{:?}", sublist(&[1, 3], &[1, 2, 3]));
    println!("{:?}", sublist(&["a", "b"], &["x", "a", "b", "y"]));
    let big: Vec<u64> = (1..=1000).collect();
    let window: Vec<u64> = (500..=600).collect();
    println!("big vs window: {:?}", sublist(&big, &window));
    let words: Vec<String> = "the quick brown fox".split(' ').map(String::from).collect();
    let part = vec!["quick".to_string(), "brown".to_string()];
    let result = sublist(&part, &words);
    println!("words: {:?} (is sublist: {})", result, result == Comparison::Sublist);
    let chars_a: Vec<char> = "abc".chars().collect();
    let chars_b: Vec<char> = "xxabcxx".chars().collect();
    println!("chars: {:?}", sublist(&chars_b, &chars_a));
}
