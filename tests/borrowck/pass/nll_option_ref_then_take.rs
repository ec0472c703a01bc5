struct Slot {
    item: Option<String>,
}

fn main() {
    let mut slot = Slot { item: Some(String::from("coin")) };
    let len = match &slot.item {
        Some(name) => name.len(),
        None => 0,
    };
    let taken = slot.item.take();
    println!("len {} taken {:?} now {:?}", len, taken, slot.item);
}
