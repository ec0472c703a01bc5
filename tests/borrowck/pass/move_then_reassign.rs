fn consume(v: Vec<i32>) -> i32 {
    v.iter().sum()
}

fn main() {
    let mut batch = vec![1, 2, 3];
    let mut totals = Vec::new();
    for round in 0..3 {
        totals.push(consume(batch));
        batch = vec![round * 10, round * 10 + 1];
    }
    println!("{:?} last batch {:?}", totals, batch);
}
