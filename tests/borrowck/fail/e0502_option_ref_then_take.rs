struct Slot {
    item: Option<String>,
}

fn main() {
    let mut slot = Slot { item: Some(String::from("coin")) };
    if let Some(name) = &slot.item {
        let taken = slot.item.take();
        println!("{} {:?}", name, taken);
    }
}
