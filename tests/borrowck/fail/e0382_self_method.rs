struct Order {
    items: Vec<String>,
    paid: bool,
}

impl Order {
    fn new() -> Self {
        Order { items: Vec::new(), paid: false }
    }
    fn add(&mut self, item: &str) {
        self.items.push(item.to_string());
    }
    fn finish(self) -> Vec<String> {
        self.items
    }
}

fn main() {
    let mut order = Order::new();
    order.add("tea");
    order.add("scone");
    let items = order.finish();
    println!("{:?}", items);
    println!("paid: {}", order.paid);
}
