struct Inventory {
    items: Vec<String>,
}

impl Inventory {
    fn last_mut(&mut self) -> &mut String {
        self.items.last_mut().unwrap()
    }
    fn add(&mut self, s: &str) {
        self.items.push(s.to_string());
    }
}

fn main() {
    let mut inv = Inventory { items: vec![String::from("sword")] };
    let last = inv.last_mut();
    inv.add("shield");
    last.push_str(" +1");
    println!("{:?}", inv.items);
}
