struct Player {
    name: String,
    inventory: Vec<String>,
}

impl Player {
    fn drop_all(&mut self) -> Vec<String> {
        let items = self.inventory;
        items
    }
}

fn main() {
    let mut p = Player { name: "Ro".into(), inventory: vec!["map".into()] };
    let dropped = p.drop_all();
    println!("{} dropped {:?}", p.name, dropped);
}
