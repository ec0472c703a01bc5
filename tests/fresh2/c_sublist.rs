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
        (a, b) if a == b => {
            if first == second { Equal } else { Unequal }
        }
        (a, b) if a < b && contains(second, first) => Sublist,
        (a, b) if a > b && contains(first, second) => Superlist,
        _ => Unequal,
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
    println!("{:?}", sublist(&[0, 1, 2], &[0, 1, 2, 3, 4, 5]));
    println!("{:?}", sublist(&[3, 4, 5], &[0, 1, 2, 3, 4, 5]));
    println!("{:?}", sublist(&[0, 1, 2, 3, 4, 5], &[2, 3]));
    println!("{:?}", sublist(&[1, 2, 4], &[1, 2, 3, 4, 5]));
    println!("{:?}", sublist(&[1, 3], &[1, 2, 3]));
    println!("{:?}", sublist(&[1, 2, 3], &[3, 2, 1]));

    let sentence: Vec<&str> = "the quick brown fox jumps over the lazy dog".split(' ').collect();
    let phrase: Vec<&str> = "over the lazy".split(' ').collect();
    println!("words: {:?}", sublist(&phrase, &sentence));
    println!("chars: {:?}", sublist(&['a', 'b', 'c', 'd'], &['b', 'c']));

    let huge: Vec<u32> = (0..10_000).collect();
    let tail: Vec<u32> = (9_990..10_000).collect();
    let miss: Vec<u32> = (9_990..10_001).collect();
    println!("huge/tail: {:?}", sublist(&huge, &tail));
    println!("miss/huge: {:?}", sublist(&miss, &huge));

    let pairs = [(vec![1, 2], vec![1, 2, 1, 2]), (vec![2, 1, 2], vec![1, 2]), (vec![7], vec![8])];
    let results: Vec<String> = pairs
        .iter()
        .map(|(a, b)| format!("{a:?} vs {b:?}: {:?}", sublist(a, b)))
        .collect();
    for line in &results {
        println!("{line}");
    }
}
