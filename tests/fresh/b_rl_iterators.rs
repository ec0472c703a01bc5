use std::collections::HashMap;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Progress {
    None,
    Some,
    Complete,
}

fn capitalize_first(input: &str) -> String {
    let mut c = input.chars();
    match c.next() {
        None => String::new(),
        Some(first) => first.to_uppercase().chain(c).collect(),
    }
}

fn count_iterator(map: &HashMap<String, Progress>, value: Progress) -> usize {
    map.values().filter(|v| **v == value).count()
}

fn count_collection_iterator(collection: &[HashMap<String, Progress>], value: Progress) -> usize {
    collection.iter().map(|m| count_iterator(m, value)).sum()
}

fn divide(a: i32, b: i32) -> Result<i32, String> {
    if b == 0 {
        Err("divide by zero".to_string())
    } else if a % b != 0 {
        Err(format!("{} is not divisible by {}", a, b))
    } else {
        Ok(a / b)
    }
}

fn factorial(n: u64) -> u64 {
    (1..=n).product()
}

fn main() {
    let words = vec!["hello", "world", "", "élan", "ß"];
    let caps: Vec<String> = words.iter().map(|w| capitalize_first(w)).collect();
    println!("{:?}", caps);
    println!("joined: {}", words.iter().map(|w| capitalize_first(w)).collect::<String>());

    let numbers = vec![27, 297, 38502, 81];
    let division_results: Vec<Result<i32, String>> = numbers.iter().map(|n| divide(*n, 27)).collect();
    println!("{:?}", division_results);
    let all: Result<Vec<i32>, String> = numbers.iter().map(|n| divide(*n, 27)).collect();
    println!("{:?}", all);

    let mut map1 = HashMap::new();
    map1.insert("variables1".to_string(), Progress::Complete);
    map1.insert("from_str".to_string(), Progress::None);
    map1.insert("functions1".to_string(), Progress::Complete);
    let mut map2 = HashMap::new();
    map2.insert("variables2".to_string(), Progress::Some);
    map2.insert("from_into".to_string(), Progress::Complete);
    let collection = vec![map1, map2];
    for p in [Progress::None, Progress::Some, Progress::Complete] {
        println!("{:?}: {}", p, count_collection_iterator(&collection, p));
    }
    let mut done: Vec<&String> = collection.iter().flat_map(|m| m.iter()).filter(|(_, v)| **v == Progress::Complete).map(|(k, _)| k).collect();
    done.sort();
    println!("complete exercises: {:?}", done);

    println!("factorials: {:?}", (0..=10).map(factorial).collect::<Vec<_>>());
    let evens_squared: Vec<u32> = (1..20u32).filter(|n| n % 2 == 0).map(|n| n * n).skip(1).step_by(2).collect();
    println!("{:?}", evens_squared);
    let (small, big): (Vec<i32>, Vec<i32>) = [5, 12, 3, 40, 7, 19].iter().partition(|&&x| x < 10);
    println!("small {:?} big {:?}", small, big);
    let pos = numbers.iter().position(|&n| n > 1000);
    let any_odd = numbers.iter().any(|n| n % 2 == 1);
    let rev: Vec<_> = numbers.iter().rev().enumerate().map(|(i, n)| format!("{}:{}", i, n)).collect();
    println!("pos {:?}, any odd {}, rev {}", pos, any_odd, rev.join(","));
    let max_word = words.iter().copied().max_by_key(|w| w.chars().count());
    let min_word = words.iter().min_by(|a, b| a.len().cmp(&b.len()).then(b.cmp(a)));
    println!("max {:?} min {:?}", max_word, min_word);
}
