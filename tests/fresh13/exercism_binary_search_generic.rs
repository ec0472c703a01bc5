use std::cmp::Ordering;

pub fn find<A, T>(array: A, key: T) -> Option<usize>
where
    A: AsRef<[T]>,
    T: Ord,
{
    let slice = array.as_ref();
    let (mut lo, mut hi) = (0usize, slice.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        match slice[mid].cmp(&key) {
            Ordering::Equal => return Some(mid),
            Ordering::Less => lo = mid + 1,
            Ordering::Greater => hi = mid,
        }
    }
    None
}

fn find_recursive<T: Ord>(slice: &[T], key: &T) -> Option<usize> {
    if slice.is_empty() {
        return None;
    }
    let mid = slice.len() / 2;
    match key.cmp(&slice[mid]) {
        Ordering::Equal => Some(mid),
        Ordering::Less => find_recursive(&slice[..mid], key),
        Ordering::Greater => find_recursive(&slice[mid + 1..], key).map(|i| i + mid + 1),
    }
}

fn lower_bound<T, F>(slice: &[T], pred: F) -> usize
where
    F: Fn(&T) -> bool,
{
    let (mut lo, mut hi) = (0, slice.len());
    while lo < hi {
        let mid = (lo + hi) / 2;
        if pred(&slice[mid]) { hi = mid } else { lo = mid + 1 }
    }
    lo
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Version(u32, u32, u32);

fn main() {
    let nums = [1, 3, 4, 6, 8, 9, 11, 14, 20, 27, 33, 45, 61, 99];
    for key in [1, 6, 11, 99, 0, 100, 13] {
        println!("find {key:>3}: iter={:?} rec={:?} std={:?}",
            find(nums, key), find_recursive(&nums, &key), nums.binary_search(&key).ok());
    }
    let words = vec!["apple", "banana", "cherry", "kiwi", "mango", "pear"];
    println!("kiwi at {:?}, fig at {:?}", find(&words, "kiwi"), find(&words, "fig"));
    let owned: Vec<String> = words.iter().map(|s| s.to_uppercase()).collect();
    println!("MANGO at {:?}", find(&owned, "MANGO".to_string()));

    let versions = vec![Version(0, 9, 1), Version(1, 0, 0), Version(1, 2, 3), Version(2, 0, 0)];
    println!("1.2.3 at {:?}", find(&versions, Version(1, 2, 3)));
    let first_ge_10 = lower_bound(&nums, |&n| n >= 10);
    println!("first >= 10 at index {first_ge_10} (value {})", nums[first_ge_10]);
    let empty: [i32; 0] = [];
    assert_eq!(find(empty, 1), None);
    assert_eq!(find([6], 6), Some(0));
    for (i, n) in nums.iter().enumerate() {
        assert_eq!(find(nums, *n), Some(i));
        assert_eq!(find_recursive(&nums, n), Some(i));
    }
    println!("all binary search asserts hold");
}
