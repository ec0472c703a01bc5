fn main() {
    let mut scores = vec![10, 20, 30];
    let first = &mut scores;
    let second = &mut scores;
    first.push(40);
    second.push(50);
    println!("{:?}", scores);
}
