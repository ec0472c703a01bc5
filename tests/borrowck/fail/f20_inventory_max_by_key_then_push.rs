// Inventory: find the most stocked item, then restock.
struct Item {
    name: String,
    qty: u32,
}

fn main() {
    let mut items = vec![
        Item { name: "bolts".to_string(), qty: 120 },
        Item { name: "nuts".to_string(), qty: 340 },
        Item { name: "washers".to_string(), qty: 75 },
    ];

    let most = items.iter().max_by_key(|it| it.qty).unwrap();

    // New delivery arrives while `most` still borrows `items`.
    items.push(Item { name: "screws".to_string(), qty: 500 });

    println!("most stocked before delivery: {} ({})", most.name, most.qty);

    let total: u32 = items.iter().map(|it| it.qty).sum();
    println!("total units: {}", total);
}
