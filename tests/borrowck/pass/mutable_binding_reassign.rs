fn clamp_score(mut score: i32) -> i32 {
    if score > 100 {
        score = 100;
    }
    if score < 0 {
        score = 0;
    }
    score
}

fn main() {
    let mut status = "draft";
    println!("{}", status);
    status = "final";
    println!("{}", status);
    for s in [140, -3, 42] {
        println!("{}", clamp_score(s));
    }
}
