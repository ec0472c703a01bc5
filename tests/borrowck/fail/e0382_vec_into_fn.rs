fn total(scores: Vec<u32>) -> u32 {
    scores.iter().sum()
}

fn main() {
    let scores = vec![90, 85, 77, 62];
    let sum = total(scores);
    println!("sum = {}", sum);
    println!("count = {}", scores.len());
}
