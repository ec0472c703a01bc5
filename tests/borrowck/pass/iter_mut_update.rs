#[derive(Debug)]
struct Item {
    name: String,
    price: u32,
}

fn main() {
    let mut cart = vec![
        Item { name: "pen".into(), price: 120 },
        Item { name: "book".into(), price: 1500 },
    ];
    for item in cart.iter_mut() {
        item.price = item.price * 9 / 10;
        item.name.push_str(" (sale)");
    }
    for item in &mut cart {
        item.price += 1;
    }
    println!("{:?}", cart);
}
