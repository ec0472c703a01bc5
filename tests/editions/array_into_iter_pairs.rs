// editions: 2015 2018 2021 2024
// Destructuring `[(name, score), ..].into_iter()` items: before 2021 match ergonomics bind `score: &i32`,
// which cannot be inserted into a HashMap<&str, i32> (E0308); from 2021 the tuples come by value.
use std::collections::HashMap;

fn tally(rounds: &[[(&'static str, i32); 3]]) -> HashMap<&'static str, i32> {
    let mut best: HashMap<&str, i32> = HashMap::new();
    for round in rounds {
        for (name, score) in round.clone().into_iter() {
            let entry = best.entry(name).or_insert(score);
            if score > *entry {
                *entry = score;
            }
        }
    }
    best
}

fn main() {
    let rounds = [
        [("ann", 7), ("bob", 3), ("cy", 9)],
        [("ann", 8), ("bob", 12), ("cy", 2)],
    ];
    let best = tally(&rounds);
    let mut names: Vec<_> = best.keys().collect();
    names.sort();
    for n in names {
        println!("{} best {}", n, best[n]);
    }
}
