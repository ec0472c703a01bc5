fn main() {
    let mut best: Option<&Vec<i32>> = None;
    let rounds = 3;
    for r in 0..rounds {
        let scores = vec![r, r * 2, r * 3];
        if best.is_none() {
            best = Some(&scores);
        }
    }
    println!("{:?}", best);
}
