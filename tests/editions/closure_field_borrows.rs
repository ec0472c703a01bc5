// editions: 2015 2018 2021 2024
struct Acc { items: Vec<i32>, log: Vec<String>, total: i64 }
fn main() {
    let mut acc = Acc { items: vec![1, 2], log: Vec::new(), total: 0 };
    let len = || acc.items.len();
    acc.log.push(format!("len {}", len()));
    acc.total += 1;
    println!("{} {:?} {}", len(), acc.log, acc.total);
    let mut add = |x: i32| acc.items.push(x);
    acc.log.push("adding".into());
    add(3);
    add(4);
    let t = &mut acc.total;
    *t += 10;
    let name = move || acc.log;
    println!("{:?} {} {:?}", acc.items, acc.total, name());
}
