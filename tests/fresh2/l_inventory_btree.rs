use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq)]
enum Category {
    Tool,
    Food,
    Toy,
}

#[derive(Debug, Clone)]
struct Item {
    name: String,
    category: Category,
    qty: u32,
    price: f64,
}

impl Item {
    fn new(name: &str, category: Category, qty: u32, price: f64) -> Item {
        Item { name: name.to_string(), category, qty, price }
    }

    fn value(&self) -> f64 {
        self.qty as f64 * self.price
    }
}

struct Inventory {
    items: BTreeMap<String, Item>,
}

impl Inventory {
    fn new() -> Self {
        Inventory { items: BTreeMap::new() }
    }

    fn add(&mut self, item: Item) {
        self.items
            .entry(item.name.clone())
            .and_modify(|existing| existing.qty += item.qty)
            .or_insert(item);
    }

    fn remove(&mut self, name: &str, qty: u32) -> Result<u32, String> {
        let item = self.items.get_mut(name).ok_or(format!("no item called {name}"))?;
        if item.qty < qty {
            return Err(format!("only {} {} left", item.qty, name));
        }
        item.qty -= qty;
        let left = item.qty;
        if left == 0 {
            self.items.remove(name);
        }
        Ok(left)
    }

    fn print(&self, title: &str, list: &[&Item]) {
        println!("== {title} ==");
        for it in list {
            println!("{:<12}{:<6}{:>5} x {:>7.2} = {:>8.2}", it.name, format!("{:?}", it.category), it.qty, it.price, it.value());
        }
    }
}

fn main() {
    let mut inv = Inventory::new();
    inv.add(Item::new("hammer", Category::Tool, 5, 12.5));
    inv.add(Item::new("apple", Category::Food, 40, 0.35));
    inv.add(Item::new("yo-yo", Category::Toy, 12, 3.0));
    inv.add(Item::new("wrench", Category::Tool, 3, 12.5));
    inv.add(Item::new("bread", Category::Food, 8, 2.25));
    inv.add(Item::new("kite", Category::Toy, 2, 18.0));
    inv.add(Item::new("apple", Category::Food, 10, 0.35));
    inv.add(Item::new("saw", Category::Tool, 5, 21.0));

    let by_name: Vec<&Item> = inv.items.values().collect();
    inv.print("by name", &by_name);

    let mut by_price = by_name.clone();
    by_price.sort_by(|a, b| b.price.partial_cmp(&a.price).unwrap().then_with(|| a.name.cmp(&b.name)));
    inv.print("by price desc, then name", &by_price);

    let mut by_cat = by_name.clone();
    let rank = |c: &Category| match c {
        Category::Food => 0,
        Category::Tool => 1,
        Category::Toy => 2,
    };
    by_cat.sort_by_key(|it| (rank(&it.category), std::cmp::Reverse(it.qty)));
    inv.print("by category, qty desc", &by_cat);

    for (name, qty) in [("apple", 45), ("kite", 2), ("kite", 1), ("drill", 1), ("saw", 1)] {
        match inv.remove(name, qty) {
            Ok(left) => println!("removed {qty} {name}, {left} left"),
            Err(e) => println!("cannot remove {qty} {name}: {e}"),
        }
    }

    let mut totals: BTreeMap<String, (u32, f64)> = BTreeMap::new();
    for it in inv.items.values() {
        let e = totals.entry(format!("{:?}", it.category)).or_insert((0, 0.0));
        e.0 += it.qty;
        e.1 += it.value();
    }
    for (cat, (qty, value)) in &totals {
        println!("{cat:>5}: {qty:>3} units worth {value:.2}");
    }
    let range: Vec<&String> = inv.items.range("b".to_string().."s".to_string()).map(|(k, _)| k).collect();
    println!("names in [b, s): {range:?}");
    let cheapest_tool = inv.items.values().filter(|i| i.category == Category::Tool).min_by(|a, b| a.price.total_cmp(&b.price));
    println!("cheapest tool: {:?}", cheapest_tool.map(|i| &i.name));
}
