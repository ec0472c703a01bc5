use std::fmt::Debug;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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

fn first_match_at<T: PartialEq>(haystack: &[T], needle: &[T]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn show<T: PartialEq + Debug>(a: &[T], b: &[T]) {
    let cmp = sublist(a, b);
    let at = match cmp {
        Comparison::Sublist => first_match_at(b, a),
        Comparison::Superlist => first_match_at(a, b),
        _ => None,
    };
    println!("{:?} vs {:?} => {:?}{}", a, b, cmp, at.map(|i| format!(" at {i}")).unwrap_or_default());
}

fn main() {
    let empty: [i32; 0] = [];
    show(&empty, &empty);
    show(&empty, &[1, 2, 3]);
    show(&[1, 2, 3], &empty);
    show(&[1, 2, 3], &[1, 2, 3]);
    show(&[1, 2, 3], &[2, 3, 4]);
    show(&[1, 2, 5], &[0, 1, 2, 3, 1, 2, 5, 6]);
    show(&[1, 1, 2], &[0, 1, 1, 1, 2, 1, 2]);
    show(&[0, 1, 2, 3, 4, 5], &[3, 4, 5]);
    show(&[1, 3], &[1, 2, 3]);
    show(&["b", "c"], &["a", "b", "c", "d"]);
    show(&['x'], &['y']);

    let big: Vec<u32> = (1..=1000).collect();
    let slice: Vec<u32> = (400..=600).collect();
    assert_eq!(sublist(&slice, &big), Comparison::Sublist);
    assert_eq!(sublist(&big, &slice), Comparison::Superlist);
    assert_eq!(first_match_at(&big, &slice), Some(399));
    let text: Vec<char> = "the quick brown fox".chars().collect();
    let word: Vec<char> = "brown".chars().collect();
    assert_eq!(sublist(&word, &text), Comparison::Sublist);
    println!("large sublist checks passed");
}
