// Inventory: the same label String is moved into a new Item on every iteration.
#[derive(Debug)]
struct Item {
    label: String,
    slot: usize,
}

fn make_item(label: String, slot: usize) -> Item {
    Item { label, slot }
}

fn main() {
    let label = String::from("health potion");
    let mut bag: Vec<Item> = Vec::new();

    for slot in 0..4 {
        // Mistake: `label` is moved in the first iteration.
        let item = make_item(label, slot);
        bag.push(item);
    }

    for item in &bag {
        println!("slot {}: {}", item.slot, item.label);
    }
    println!("bag holds {} items", bag.len());
}
