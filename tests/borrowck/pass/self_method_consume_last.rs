struct Order {
    items: Vec<String>,
    paid: bool,
}

impl Order {
    fn add(&mut self, item: &str) -> &mut Self {
        self.items.push(item.to_string());
        self
    }
    fn finish(self) -> (Vec<String>, bool) {
        (self.items, self.paid)
    }
}

fn main() {
    let mut order = Order { items: Vec::new(), paid: false };
    order.add("tea").add("scone");
    order.paid = true;
    println!("paid before finish: {}", order.paid);
    let (items, paid) = order.finish();
    println!("{:?} {}", items, paid);
}
