// editions: 2015 2018 2021 2024
// `for (name, mut qty) in &orders`: the `mut` resets the binding mode to move under a by-reference
// default binding mode; allowed before 2024, rejected in 2024 ("cannot mutably bind by value within an
// implicitly-borrowing pattern").
struct Order {
    lines: Vec<(String, u32)>,
}

impl Order {
    fn with_bonus(&self) -> Vec<String> {
        let mut out = Vec::new();
        for (name, mut qty) in &self.lines {
            if qty >= 10 {
                qty += 1;
            }
            out.push(format!("{} x{}", name, qty));
        }
        out
    }
}

fn main() {
    let o = Order { lines: vec![(String::from("pen"), 12), (String::from("pad"), 3)] };
    for line in o.with_bonus() {
        println!("{}", line);
    }
    println!("original {} x{}", o.lines[0].0, o.lines[0].1);
}
