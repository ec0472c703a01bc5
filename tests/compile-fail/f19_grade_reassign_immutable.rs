// Grade calculator: `letter` is declared without `mut` but assigned a second time.
fn average(scores: &[u32]) -> f64 {
    let sum: u32 = scores.iter().sum();
    sum as f64 / scores.len() as f64
}

fn letter_for(avg: f64) -> char {
    if avg >= 90.0 {
        'A'
    } else if avg >= 80.0 {
        'B'
    } else if avg >= 70.0 {
        'C'
    } else {
        'D'
    }
}

fn main() {
    let scores = [88, 92, 79, 95, 67];
    let avg = average(&scores);

    let letter = 'F';
    if avg >= 60.0 {
        // Mistake: cannot assign twice to immutable variable.
        letter = letter_for(avg);
    }

    println!("scores: {:?}", scores);
    println!("average {:.1} -> grade {}", avg, letter);
}
