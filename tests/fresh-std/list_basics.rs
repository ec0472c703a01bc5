// LinkedList as a double-ended work list: pushes, pops, splicing, iteration and comparisons.
use std::collections::LinkedList;
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

fn h<T: Hash>(x: &T) -> u64 {
    let mut s = DefaultHasher::new();
    x.hash(&mut s);
    s.finish()
}

fn main() {
    let mut list: LinkedList<String> = LinkedList::new();
    println!("empty: {:?} len {} front {:?}", list, list.len(), list.front());
    list.push_back("b".to_string());
    list.push_back("c".to_string());
    list.push_front("a".to_string());
    println!("{:?} len {}", list, list.len());
    if let Some(f) = list.front_mut() {
        f.push('!');
    }
    if let Some(b) = list.back_mut() {
        b.make_ascii_uppercase();
    }
    println!("front {:?} back {:?}", list.front(), list.back());
    println!("contains \"b\": {}", list.contains(&"b".to_string()));
    for s in list.iter_mut() {
        s.push('_');
    }
    for s in &list {
        print!("[{s}]");
    }
    println!();
    let lens: Vec<usize> = list.iter().rev().map(|s| s.len()).collect();
    println!("reversed lengths {:?}", lens);

    let mut nums: LinkedList<i32> = (1..=9).collect();
    let tail = nums.split_off(6);
    println!("split_off(6): {:?} + {:?}", nums, tail);
    let mut tail = tail;
    let mut middle = nums.split_off(2);
    println!("split_off(2): {:?} + {:?}", nums, middle);
    middle.append(&mut tail);
    nums.append(&mut middle);
    println!("rejoined {:?}, others empty: {} {}", nums, middle.is_empty(), tail.is_empty());
    let evens: LinkedList<i32> = nums.extract_if(|x| *x % 2 == 0).collect();
    println!("extracted evens {:?}, odds left {:?}", evens, nums);
    nums.extend([11, 13]);
    nums.extend(&[15, 17]);
    println!("extended {:?}", nums);
    while let Some(x) = nums.pop_back() {
        if x < 10 {
            nums.push_back(x);
            break;
        }
        print!("{x} ");
    }
    println!("| left {:?}", nums);
    let first = nums.pop_front();
    println!("pop_front {:?} -> {:?}", first, nums);

    let a = LinkedList::from([1, 2, 3]);
    let b: LinkedList<i32> = vec![1, 2, 4].into_iter().collect();
    let c = a.clone();
    println!("a == c {} a != b {} a < b {} cmp {:?}", a == c, a != b, a < b, a.cmp(&b));
    println!("hash a == hash c: {}", h(&a) == h(&c));
    let mut lists = vec![b.clone(), LinkedList::new(), a.clone()];
    lists.sort();
    println!("sorted lists {:?}", lists);
    let total: i32 = a.iter().sum();
    let owned: Vec<i32> = b.into_iter().map(|x| x * 10).collect();
    println!("sum {total}, owned {:?}", owned);
    let mut it = a.iter();
    println!("iter len {} next {:?} back {:?} len {}", it.len(), it.next(), it.next_back(), it.len());
    let mut cl = c.clone();
    cl.clear();
    println!("cleared {:?} {}", cl, cl.is_empty());
    let d: LinkedList<u8> = Default::default();
    println!("default {:?}", d);
    let mut empty: LinkedList<i32> = LinkedList::new();
    let missing = empty.pop_front().expect("queue was empty");
    println!("{missing}");
}
