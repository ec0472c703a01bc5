// The result of a closure called in place borrows what the closure borrows: the Vec stays borrowed.
fn main() {
    let mut scores = vec![10, 20];
    let best = (|| scores.iter().max())();
    scores.push(30);
    println!("{:?}", best);
}
