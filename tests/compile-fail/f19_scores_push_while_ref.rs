// High-score table: holding a reference to the best score while pushing.
fn best(scores: &Vec<u32>) -> &u32 {
    let mut best = &scores[0];
    for s in scores {
        if s > best {
            best = s;
        }
    }
    best
}

fn main() {
    let mut scores = vec![120, 340, 95, 410];
    let top = best(&scores);

    // Mistake: pushing while `top` still borrows `scores`.
    scores.push(500);

    println!("top score before new game: {}", top);
    println!("all scores: {:?}", scores);
}
