use std::collections::BTreeSet;

fn main() {
    let a: BTreeSet<i32> = (1..=10).collect();
    let b: BTreeSet<i32> = [2, 4, 6, 8, 10, 12, 14].into_iter().collect();
    let c = BTreeSet::from([5, 3, 9, 3, 1]);
    println!("a = {:?}", a);
    println!("b = {:?}", b);
    println!("c = {:?} len {}", c, c.len());
    println!("union = {:?}", a.union(&b).collect::<Vec<_>>());
    println!("intersection = {:?}", a.intersection(&b).collect::<Vec<_>>());
    println!("difference = {:?}", a.difference(&b).collect::<Vec<_>>());
    println!("b - a = {:?}", b.difference(&a).collect::<Vec<_>>());
    println!("symmetric = {:?}", a.symmetric_difference(&b).collect::<Vec<_>>());
    println!("ops: {:?} {:?} {:?} {:?}", &a | &c, &a & &b, &b - &a, &b ^ &c);
    println!("c subset a: {}, a superset c: {}, b subset a: {}", c.is_subset(&a), a.is_superset(&c), b.is_subset(&a));
    let odd: BTreeSet<i32> = (0..20).filter(|x| x % 2 == 1).collect();
    println!("disjoint b/odd {}, a/odd {}", b.is_disjoint(&odd), a.is_disjoint(&odd));
    let big: BTreeSet<i32> = (0..1000).collect();
    let small = BTreeSet::from([3, 500, 999, 1000]);
    println!("search intersection {:?}", small.intersection(&big).collect::<Vec<_>>());
    println!("search difference {:?}", small.difference(&big).collect::<Vec<_>>());
    println!("small subset big {}", small.is_subset(&big));
    println!("size hints {:?} {:?} {:?}", a.union(&b).size_hint(), a.intersection(&b).size_hint(), a.difference(&b).size_hint());

    let mut s = BTreeSet::new();
    for w in ["pear", "apple", "fig", "apple", "kiwi"] {
        let new = s.insert(w.to_string());
        println!("insert {w}: {new}");
    }
    println!("{:?} first {:?} last {:?}", s, s.first(), s.last());
    println!("contains fig {} get kiwi {:?}", s.contains("fig"), s.get("kiwi"));
    println!("remove fig {} again {}", s.remove("fig"), s.remove("fig"));
    println!("take pear {:?}", s.take("pear"));
    println!("replace {:?} {:?}", s.replace("kiwi".to_string()), s.replace("lime".to_string()));
    println!("pop {:?} {:?} -> {:?}", s.pop_first(), s.pop_last(), s);
    let mut nums: BTreeSet<u32> = (1..=30).collect();
    nums.retain(|n| n % 3 != 0);
    println!("retain {:?}", nums);
    let evens: Vec<u32> = nums.extract_if(.., |n| n % 2 == 0).collect();
    println!("extracted {:?} left {:?}", evens, nums);
    let high = nums.split_off(&15);
    println!("split {:?} | {:?}", nums, high);
    let mut other = BTreeSet::from([100, 1, 200]);
    nums.append(&mut other);
    println!("append {:?} other {:?}", nums, other);
    println!("range {:?}", nums.range(5..=19).collect::<Vec<_>>());
    println!("rev {:?}", nums.iter().rev().collect::<Vec<_>>());
    let sum: u32 = nums.iter().sum();
    println!("sum {sum} max {:?} min {:?}", nums.iter().max(), nums.iter().min());
    println!("cmp {:?} eq {}", a.cmp(&b), a == a.clone());
    let mut e: BTreeSet<&i32> = BTreeSet::new();
    e.extend(a.iter().filter(|x| **x > 7));
    println!("extend {:?}", e);
    let mut f = BTreeSet::new();
    f.extend(&[3, 1, 2]);
    f.extend(vec![9, 8]);
    println!("{:?}", f);
    println!("{:?}", f.into_iter().rev().collect::<Vec<_>>());
}
