// Sorting and searching collections of references to local structs.
#[derive(Debug, PartialEq)]
struct Item {
    name: &'static str,
    price_cents: u32,
    qty: u16,
}

fn value(i: &Item) -> u64 {
    i.price_cents as u64 * i.qty as u64
}

fn cheapest<'a>(items: &[&'a Item]) -> Option<&'a Item> {
    items.iter().copied().min_by_key(|i| i.price_cents)
}

fn main() {
    let apple = Item { name: "apple", price_cents: 50, qty: 12 };
    let bread = Item { name: "bread", price_cents: 299, qty: 2 };
    let cheese = Item { name: "cheese", price_cents: 799, qty: 1 };
    let dates = Item { name: "dates", price_cents: 450, qty: 3 };
    let eggs = Item { name: "eggs", price_cents: 35, qty: 24 };

    let mut refs: Vec<&Item> = vec![&cheese, &apple, &eggs, &bread, &dates];
    println!("unsorted: {:?}", refs.iter().map(|i| i.name).collect::<Vec<_>>());

    refs.sort_by_key(|i| i.price_cents);
    println!("by price: {:?}", refs.iter().map(|i| (i.name, i.price_cents)).collect::<Vec<_>>());

    refs.sort_by(|a, b| value(b).cmp(&value(a)).then(a.name.cmp(b.name)));
    println!("by value desc: {:?}", refs.iter().map(|i| (i.name, value(i))).collect::<Vec<_>>());

    refs.sort_by_key(|i| i.name);
    for probe in ["bread", "fig", "eggs", "aaa"] {
        match refs.binary_search_by_key(&probe, |i| i.name) {
            Ok(pos) => println!("found {} at {}: {:?}", probe, pos, refs[pos]),
            Err(pos) => println!("{} not found, would insert at {}", probe, pos),
        }
    }

    println!("cheapest = {:?}", cheapest(&refs).map(|i| i.name));
    let empty: [&Item; 0] = [];
    println!("cheapest of none = {:?}", cheapest(&empty));

    // Reference identity: the sorted vector points at the original locals.
    let is_apple = refs.iter().any(|r| std::ptr::eq(*r, &apple));
    println!("refs contains &apple: {}", is_apple);

    // Local array of indices sorted by looking up values in another local.
    let scores = [88, 92, 75, 92, 60, 81];
    let mut order = [0usize, 1, 2, 3, 4, 5];
    order.sort_by(|&a, &b| scores[b].cmp(&scores[a]).then(a.cmp(&b)));
    println!("ranking = {:?}", order);
    for (rank, &idx) in order.iter().enumerate() {
        println!("  #{} student {} score {}", rank + 1, idx, scores[idx]);
    }

    // Stable sort of (&str, &u32) pairs borrowed from two local arrays.
    let names = ["kim", "lee", "park", "choi", "jung"];
    let ages = [31u32, 25, 31, 22, 25];
    let mut people: Vec<(&str, &u32)> = names.iter().copied().zip(ages.iter()).collect();
    people.sort_by_key(|&(_, age)| *age);
    println!("by age (stable) = {:?}", people);
    let oldest = people.iter().max_by_key(|p| p.1).unwrap();
    println!("oldest (last max) = {:?}", oldest);
    people.dedup_by_key(|p| *p.1);
    println!("one per age = {:?}", people);
}
