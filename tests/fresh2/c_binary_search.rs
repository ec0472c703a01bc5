use std::cmp::Ordering;
use std::fmt::Debug;

pub fn find<A, T>(array: A, key: T) -> Option<usize>
where
    A: AsRef<[T]>,
    T: Ord,
{
    let slice = array.as_ref();
    let mut low = 0usize;
    let mut high = slice.len();
    while low < high {
        let mid = low + (high - low) / 2;
        match slice[mid].cmp(&key) {
            Ordering::Equal => return Some(mid),
            Ordering::Less => low = mid + 1,
            Ordering::Greater => high = mid,
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

fn report<T: Ord + Debug + Copy>(label: &str, data: &[T], key: T) {
    let iterative = find(data, key);
    let recursive = find_recursive(data, &key);
    let std_result = data.binary_search(&key).ok();
    let agree = iterative == recursive && recursive == std_result;
    println!("{label:<12} key={key:?} -> {iterative:?} (recursive {recursive:?}, std agrees: {agree})");
}

fn main() {
    let numbers = [1, 3, 4, 6, 8, 9, 11];
    report("ints", &numbers, 6);
    report("ints", &numbers, 1);
    report("ints", &numbers, 11);
    report("ints", &numbers, 7);
    report("ints", &numbers, 0);
    report("ints", &numbers, 13);
    report("empty", &[] as &[i32], 3);
    report("one", &[6], 6);

    let big: Vec<i64> = (0..1000).map(|x| x * x - 500).collect();
    report("squares", &big, 144 * 144 - 500);
    report("squares", &big, 999);

    let words = ["apple", "banana", "cherry", "kiwi", "mango", "pear"];
    report("words", &words, "kiwi");
    report("words", &words, "grape");

    let chars: Vec<char> = "acegikmoq".chars().collect();
    report("chars", &chars, 'm');
    report("chars", &chars, 'n');

    // vec and array via AsRef
    println!("vec:   {:?}", find(vec![10, 20, 30], 20));
    println!("array: {:?}", find([10, 20, 30], 30));
    println!("slice: {:?}", find(&numbers[2..5], 8));

    // insertion points using the same loop idea
    let mut sorted: Vec<i32> = Vec::new();
    for x in [5, 1, 9, 3, 7, 3, 0] {
        let pos = sorted.partition_point(|&v| v < x);
        sorted.insert(pos, x);
        println!("insert {x} at {pos}: {sorted:?}");
    }
}
