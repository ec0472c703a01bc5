// The entry API: Debug of entries, or_insert_with_key, insert_entry, OccupiedEntry and VacantEntry
// methods, grouping records.
use std::collections::hash_map::{Entry, HashMap};

#[derive(Debug)]
struct Employee {
    name: &'static str,
    dept: &'static str,
    salary: u32,
}

fn main() {
    let mut stock: HashMap<String, i32> = HashMap::new();
    stock.insert(String::from("apple"), 3);
    println!("{:?}", stock.entry(String::from("apple")));
    println!("{:?}", stock.entry(String::from("pear")));
    println!("key of vacant: {}", stock.entry(String::from("plum")).key());

    match stock.entry(String::from("apple")) {
        Entry::Occupied(mut e) => {
            println!("occupied {} = {}", e.key(), e.get());
            *e.get_mut() += 10;
            let old = e.insert(42);
            println!("replaced {} with {}", old, e.get());
        }
        Entry::Vacant(_) => println!("unexpected"),
    }
    match stock.entry(String::from("kiwi")) {
        Entry::Occupied(_) => println!("unexpected"),
        Entry::Vacant(v) => {
            println!("vacant {}", v.key());
            let r = v.insert(5);
            *r += 1;
        }
    }
    if let Entry::Vacant(v) = stock.entry(String::from("fig")) {
        let k: String = v.into_key();
        println!("got key back: {k}");
    }
    println!("fig present: {}", stock.contains_key("fig"));

    let len = *stock.entry(String::from("banana")).or_insert_with_key(|k| k.len() as i32);
    println!("banana -> {len}");
    let e = stock.entry(String::from("cherry")).insert_entry(7);
    println!("insert_entry: {} = {}", e.key(), e.get());
    let (k, v) = e.remove_entry();
    println!("removed {k} = {v}");
    let o = stock.entry(String::from("kiwi")).insert_entry(100);
    println!("overwrite kiwi via insert_entry: {}", o.get());
    if let Entry::Occupied(o) = stock.entry(String::from("banana")) {
        println!("remove banana: {}", o.remove());
    }
    let r = stock.entry(String::from("apple")).or_insert_with(|| 0);
    *r -= 2;

    let mut items: Vec<(&String, &i32)> = stock.iter().collect();
    items.sort();
    println!("stock {:?}", items);

    let staff = [
        Employee { name: "ada", dept: "eng", salary: 120 },
        Employee { name: "bo", dept: "ops", salary: 80 },
        Employee { name: "cy", dept: "eng", salary: 100 },
        Employee { name: "di", dept: "sales", salary: 90 },
        Employee { name: "ed", dept: "ops", salary: 85 },
    ];
    let mut by_dept: HashMap<&str, Vec<&Employee>> = HashMap::new();
    for e in &staff {
        by_dept.entry(e.dept).or_default().push(e);
    }
    let mut depts: Vec<&&str> = by_dept.keys().collect();
    depts.sort();
    for d in depts {
        let people = &by_dept[*d];
        let total: u32 = people.iter().map(|e| e.salary).sum();
        let names: Vec<&str> = people.iter().map(|e| e.name).collect();
        println!("{d}: {names:?} total {total}");
    }
    let richest = by_dept.get("eng").and_then(|v| v.iter().max_by_key(|e| e.salary));
    println!("richest in eng: {:?}", richest);

    let mut single: HashMap<u8, &str> = HashMap::new();
    single.entry(1).or_insert("one");
    println!("{:?}", single);
    println!("{:?}", single.entry(1));
}
