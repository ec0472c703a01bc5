// Scoreboard: remember the opening score, then reset the board.
fn average(scores: &[u32]) -> f64 {
    if scores.is_empty() {
        return 0.0;
    }
    scores.iter().sum::<u32>() as f64 / scores.len() as f64
}

fn main() {
    let mut scores: Vec<u32> = Vec::new();
    for s in [72, 88, 95, 61, 79] {
        scores.push(s);
    }
    println!("average: {:.2}", average(&scores));

    let opening = scores.first();

    scores.clear();

    match opening {
        Some(s) => println!("opening score was {}", s),
        None => println!("no scores recorded"),
    }
    println!("board now has {} entries", scores.len());
}
