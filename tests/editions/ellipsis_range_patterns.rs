// editions: 2015 2018 2021 2024
// Inclusive range patterns written `a...b`: a warning in 2015/2018, error E0783 from 2021.
fn grade(score: u32) -> char {
    match score {
        90...100 => 'A',
        80...89 => 'B',
        70...79 => 'C',
        0...69 => 'F',
        _ => '?',
    }
}

fn classify(c: char) -> &'static str {
    match c {
        'a'...'z' => "lower",
        'A'...'Z' => "upper",
        '0'...'9' => "digit",
        _ => "other",
    }
}

fn main() {
    let scores = vec![95, 83, 71, 12, 140];
    let grades: String = scores.iter().map(|s| grade(*s)).collect();
    println!("grades {}", grades);
    for c in "aZ7!".chars() {
        println!("{} is {}", c, classify(c));
    }
}
