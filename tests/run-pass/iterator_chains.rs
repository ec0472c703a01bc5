// Iterators over Vecs, slices and arrays: adapters (map, filter, enumerate, rev, copied, skip, take)
// and consumers (sum, count, collect into Vec and Result<Vec, E>, any, position, max, min, fold, find).
fn main() {
    let v1 = vec![1, 2, 3];
    let v1_iter = v1.iter();
    for val in v1_iter {
        println!("Got: {val}");
    }
    let v2: Vec<_> = v1.iter().map(|x| x + 1).collect();
    println!("{v2:?}");
    let total: i32 = v1.iter().sum();
    println!("{total}");
    for (i, x) in v1.iter().enumerate() {
        println!("{i}: {x}");
    }
    let mut it = v1.iter();
    println!("{:?} {:?}", it.next(), it.next());
    let names = vec![String::from("a"), String::from("bb"), String::from("ccc")];
    let lens: Vec<usize> = names.iter().map(|s| s.len()).collect();
    println!("{:?}", lens);
    let long: Vec<String> = names.into_iter().filter(|s| s.len() > 1).collect();
    println!("{:?}", long);
    let arr = [5, 1, 4];
    println!("{}", arr.iter().any(|&x| x == 4));
    println!("{:?}", arr.iter().position(|&x| x == 4));
    println!("{:?} {:?}", arr.iter().max(), arr.iter().min());
    println!("{}", arr.iter().fold(0, |acc, x| acc + x));
    println!("{:?}", v1.iter().rev().collect::<Vec<_>>());
    println!("{}", v1.iter().filter(|x| **x > 1).count());
    let strs = vec!["7", "x", "9"];
    let parsed: Result<Vec<i32>, std::num::ParseIntError> = strs.iter().map(|s| s.parse::<i32>()).collect();
    println!("{:?}", parsed);
    println!("{:?}", v1.iter().copied().skip(1).take(1).collect::<Vec<i32>>());
    println!("{:?}", v1.iter().find(|&&x| x == 2));
}
