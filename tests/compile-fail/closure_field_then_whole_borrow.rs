struct Acc { items: Vec<i32>, log: Vec<String> }
fn main() {
    let mut acc = Acc { items: vec![1], log: vec![] };
    let len = || acc.items.len();
    let all = &mut acc;
    all.log.push(String::new());
    println!("{}", len());
}
