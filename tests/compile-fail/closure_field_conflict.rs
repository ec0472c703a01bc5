struct Acc { items: Vec<i32>, log: Vec<String> }
fn main() {
    let mut acc = Acc { items: vec![1], log: vec![] };
    let mut add = |x: i32| acc.items.push(x);
    acc.items.push(2);
    add(3);
    acc.log.push(String::new());
}
