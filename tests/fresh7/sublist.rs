use std::fmt::Debug;

#[derive(Debug, PartialEq, Eq, Clone, Copy, PartialOrd, Ord)]
enum Comparison {
    Equal,
    Sublist,
    Superlist,
    Unequal,
}

fn contains<T: PartialEq>(haystack: &[T], needle: &[T]) -> bool {
    needle.is_empty() || haystack.windows(needle.len()).any(|w| w == needle)
}

fn sublist<T: PartialEq>(a: &[T], b: &[T]) -> Comparison {
    match (a.len().cmp(&b.len()), a == b) {
        (_, true) => Comparison::Equal,
        (std::cmp::Ordering::Less, _) if contains(b, a) => Comparison::Sublist,
        (std::cmp::Ordering::Greater, _) if contains(a, b) => Comparison::Superlist,
        _ => Comparison::Unequal,
    }
}

fn find_all<T: PartialEq>(haystack: &[T], needle: &[T]) -> Vec<usize> {
    if needle.is_empty() {
        return Vec::new();
    }
    haystack
        .windows(needle.len())
        .enumerate()
        .filter_map(|(i, w)| (w == needle).then_some(i))
        .collect()
}

fn is_subsequence<T: PartialEq>(a: &[T], b: &[T]) -> bool {
    let mut it = b.iter();
    a.iter().all(|x| it.any(|y| y == x))
}

fn describe<T: PartialEq + Debug>(a: &[T], b: &[T]) {
    let cmp = sublist(a, b);
    println!("{:?} vs {:?} => {:?} (subsequence: {})", a, b, cmp, is_subsequence(a, b));
}

fn main() {
    let empty: [i32; 0] = [];
    describe(&empty, &empty);
    describe(&empty, &[1, 2, 3]);
    describe(&[1, 2, 3], &empty);
    describe(&[1, 2, 3], &[1, 2, 3]);
    describe(&[1, 2, 5], &[0, 1, 2, 3, 1, 2, 5, 6]);
    describe(&[1, 1, 2], &[0, 1, 1, 1, 2, 1, 2]);
    describe(&[0, 1, 2, 3, 4, 5], &[3, 4, 5]);
    describe(&[1, 3], &[1, 2, 3]);
    describe(&[1, 2, 3], &[3, 2, 1]);
    describe(&['a', 'b'], &['x', 'a', 'b', 'y']);
    describe(&["fn", "main"], &["pub", "fn", "main", "()"]);

    let big: Vec<u32> = (0..1000).map(|x| x % 7).collect();
    let needle = [3, 4, 5, 6, 0];
    let hits = find_all(&big, &needle);
    println!("needle found {} times, first five at {:?}", hits.len(), &hits[..5]);
    println!("big vs needle: {:?}", sublist(&big, &needle[..]));
    let gaps: Vec<usize> = hits.windows(2).map(|w| w[1] - w[0]).collect();
    let mut unique_gaps = gaps.clone();
    unique_gaps.dedup();
    println!("gaps between hits: {:?}", unique_gaps);

    let mut rotated = vec![1, 2, 3, 4, 5, 6];
    rotated.rotate_left(2);
    println!("rotated: {:?} -> {:?}", rotated, sublist(&[3, 4, 5], &rotated));
    let doubled: Vec<i32> = rotated.iter().chain(rotated.iter()).copied().collect();
    let is_rotation = |orig: &[i32]| orig.len() == rotated.len() && contains(&doubled, orig);
    println!("is rotation of 1..=6: {}", is_rotation(&[1, 2, 3, 4, 5, 6]));
    println!("is rotation of 6..=1: {}", is_rotation(&[6, 5, 4, 3, 2, 1]));

    let text = "the cat sat on the mat with the hat";
    let words: Vec<&str> = text.split(' ').collect();
    println!("positions of [the]: {:?}", find_all(&words, &["the"]));
    println!("positions of [the, mat]: {:?}", find_all(&words, &["the", "mat"]));
    let bytes = text.as_bytes();
    println!("byte positions of \"at\": {:?}", find_all(bytes, b"at"));

    let mut results = vec![
        sublist(&[1], &[1, 2]),
        sublist(&[1, 2], &[1]),
        sublist(&[2], &[1]),
        sublist(&[9], &[9]),
    ];
    results.sort();
    println!("sorted comparisons: {:?}", results);
    assert_eq!(sublist(&[1, 2, 3], &[1, 2, 3, 4]), Comparison::Sublist);
}
