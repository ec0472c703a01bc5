// editions: 2015 2018 2021 2024
// An `impl Fn` returned from a function taking `&Vec<_>` that does not actually keep the borrow: before
// 2024 the opaque type does not capture the lifetime, so the Vec can be mutated while the closure
// lives; 2024 captures it (E0502) unless `+ use<>` is written.
struct Inventory {
    items: Vec<String>,
}

fn count_snapshot(items: &Vec<String>) -> impl Fn() -> usize {
    let n = items.len();
    move || n
}

fn label_for(items: &Vec<String>, idx: usize) -> impl Fn(&str) -> String {
    let base = items.get(idx).cloned().unwrap_or_default();
    move |suffix| format!("{}-{}", base, suffix)
}

fn main() {
    let mut inv = Inventory { items: vec![String::from("bolt"), String::from("nut")] };
    let before = count_snapshot(&inv.items);
    let label = label_for(&inv.items, 0);
    inv.items.push(String::from("washer"));
    println!("before {} now {}", before(), inv.items.len());
    println!("{}", label("m8"));
}
