// editions: 2015 2018 2021 2024
// A `&` pattern under a by-reference default binding mode (`for (id, &price) in &items` where items hold
// `&u32`): allowed before 2024, rejected in 2024 ("cannot explicitly dereference within an
// implicitly-borrowing pattern").
struct Catalog<'a> {
    items: Vec<(u32, &'a u32)>,
}

impl<'a> Catalog<'a> {
    fn total(&self) -> u32 {
        let mut sum = 0;
        for (id, &price) in &self.items {
            println!("item {} costs {}", id, price);
            sum += price;
        }
        sum
    }
}

fn main() {
    let prices = [250, 99, 1200];
    let cat = Catalog { items: vec![(1, &prices[0]), (2, &prices[1]), (3, &prices[2])] };
    println!("total {}", cat.total());
}
