// An inventory of items managed with Vec's editing methods.
#[derive(Debug, Clone, PartialEq)]
struct Item {
    name: String,
    qty: u32,
}

fn item(name: &str, qty: u32) -> Item { Item { name: name.to_string(), qty } }

fn main() {
    let mut inv: Vec<Item> = Vec::new();
    println!("new: len={} cap={} empty={}", inv.len(), inv.capacity(), inv.is_empty());
    inv.push(item("bolt", 40));
    inv.push(item("nut", 0));
    inv.push(item("washer", 12));
    let added = inv.push_mut(item("gear", 3));
    added.qty += 1;
    inv.insert(1, item("spring", 7));
    let front = inv.insert_mut(0, item("axle", 2));
    front.name.push_str("-xl");
    println!("after inserts: {:?}", inv.iter().map(|i| format!("{}x{}", i.name, i.qty)).collect::<Vec<_>>());
    let removed = inv.remove(2);
    let swapped = inv.swap_remove(0);
    println!("removed={:?} swapped={:?} len={}", removed, swapped, inv.len());
    inv.retain(|i| i.qty > 0);
    println!("retain: {:?}", inv.iter().map(|i| &i.name).collect::<Vec<_>>());
    inv.retain_mut(|i| {
        i.qty *= 2;
        i.qty < 50
    });
    println!("retain_mut: {:?}", inv);
    let last = inv.pop();
    let cond = inv.pop_if(|i| i.qty > 100);
    println!("pop={:?} pop_if={:?}", last.map(|i| i.name), cond);
    let mut more = vec![item("cog", 5), item("cog", 5), item("pin", 9), item("pin", 1), item("cog", 5)];
    more.dedup();
    println!("dedup: {:?}", more.iter().map(|i| format!("{}{}", i.name, i.qty)).collect::<Vec<_>>());
    more.dedup_by_key(|i| i.name.clone());
    println!("dedup_by_key: {:?}", more.iter().map(|i| format!("{}{}", i.name, i.qty)).collect::<Vec<_>>());
    let mut words = vec!["Apple", "apple", "BANANA", "banana", "cherry"];
    words.dedup_by(|a, b| a.eq_ignore_ascii_case(b));
    println!("dedup_by: {:?}", words);
    inv.append(&mut more);
    println!("append: inv={} more={}", inv.len(), more.len());
    let drained: Vec<Item> = inv.drain(1..).collect();
    println!("drain: kept={:?} drained={}", inv, drained.len());
    let mut nums: Vec<i32> = (1..=10).collect();
    let tail = nums.split_off(7);
    println!("split_off: {:?} {:?}", nums, tail);
    nums.truncate(4);
    nums.resize(6, -1);
    let mut c = 100;
    nums.resize_with(8, || { c += 1; c });
    println!("truncate/resize: {:?}", nums);
    nums.extend_from_slice(&[7, 7]);
    nums.extend_from_within(..3);
    println!("extend: {:?}", nums);
    let evens: Vec<i32> = nums.extract_if(.., |x| *x % 2 == 0).collect();
    println!("extract_if: evens={:?} rest={:?}", evens, nums);
    let firsts: Vec<i32> = nums.extract_if(2..5, |x| *x > 50).collect();
    println!("extract_if range: {:?} rest={:?}", firsts, nums);
    let replaced: Vec<i32> = nums.splice(1..3, [20, 21, 22, 23]).collect();
    println!("splice: replaced={:?} now={:?}", replaced, nums);
    let gone: Vec<i32> = nums.splice(..2, std::iter::empty()).collect();
    println!("splice empty: {:?} {:?}", gone, nums);
    let s = nums.as_slice();
    let m = nums.clone();
    println!("as_slice={:?} first={:?} clone_eq={}", s, s.first(), m == nums);
    nums.as_mut_slice()[0] = 0;
    let grid = vec![[1, 2], [3, 4], [5, 6]];
    let flat = grid.into_flattened();
    println!("into_flattened={:?} len={} cap={}", flat, flat.len(), flat.capacity());
    nums.clear();
    println!("clear: len={} empty={}", nums.len(), nums.is_empty());
    let mut list = vec![1, 2, 3];
    list.insert(5, 4);
}
