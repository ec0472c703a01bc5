// An inventory with a HashMap, Option and sorting; mixed results, a test that panics with unwrap on None,
// an index out of bounds, and an arithmetic overflow.
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub name: String,
    pub qty: u32,
    pub price_cents: u32,
}

#[derive(Default)]
pub struct Inventory {
    items: HashMap<String, Item>,
}

impl Inventory {
    pub fn add(&mut self, name: &str, qty: u32, price_cents: u32) {
        let e = self.items.entry(name.to_string()).or_insert(Item { name: name.to_string(), qty: 0, price_cents });
        e.qty += qty;
        e.price_cents = price_cents;
    }

    pub fn remove(&mut self, name: &str, qty: u32) -> Option<u32> {
        let item = self.items.get_mut(name)?;
        item.qty = item.qty.checked_sub(qty)?;
        Some(item.qty)
    }

    pub fn total_value(&self) -> u32 {
        self.items.values().map(|i| i.qty * i.price_cents).sum()
    }

    pub fn sorted_names(&self) -> Vec<String> {
        let mut names: Vec<String> = self.items.keys().cloned().collect();
        names.sort();
        names
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stocked() -> Inventory {
        let mut inv = Inventory::default();
        inv.add("apple", 10, 30);
        inv.add("pear", 4, 55);
        inv.add("apple", 5, 35);
        inv
    }

    #[test]
    fn adding_merges() {
        let inv = stocked();
        assert_eq!(inv.items["apple"].qty, 15);
        assert_eq!(inv.sorted_names(), vec!["apple", "pear"]);
    }

    #[test]
    fn value_in_cents() {
        assert_eq!(stocked().total_value(), 15 * 35 + 4 * 55);
    }

    #[test]
    fn remove_missing_item() {
        let mut inv = stocked();
        let left = inv.remove("plum", 1).unwrap();
        println!("left: {left}");
    }

    #[test]
    fn remove_too_many() {
        let mut inv = stocked();
        assert_eq!(inv.remove("pear", 3), Some(1));
        assert_eq!(inv.remove("pear", 2), None);
    }

    #[test]
    fn third_name() {
        let names = stocked().sorted_names();
        println!("names: {:?}", names);
        assert_eq!(names[2], "plum");
    }

    #[test]
    fn huge_value_overflows() {
        let mut inv = Inventory::default();
        inv.add("gold", 4_000_000, 2_000);
        println!("value: {}", inv.total_value());
    }
}
