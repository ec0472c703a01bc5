fn clamp_score(score: i32) -> i32 {
    if score > 100 {
        score = 100;
    }
    score
}

fn main() {
    println!("{}", clamp_score(140));
    println!("{}", clamp_score(42));
}
