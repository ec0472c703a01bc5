struct Acc { items: Vec<i32>, log: Vec<String> }
fn main() {
    let acc = Acc { items: vec![1], log: vec![] };
    let take = move || acc.items;
    println!("{:?}", acc.items);
    println!("{:?} {:?}", take(), acc.log);
}
