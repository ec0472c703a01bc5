use std::collections::HashMap;

fn record(scores: &mut HashMap<String, Vec<u32>>, who: &str, pts: u32) {
    if let Some(list) = scores.get_mut(who) {
        list.push(pts);
        return;
    }
    scores.insert(who.to_string(), vec![pts]);
}

fn main() {
    let mut scores = HashMap::new();
    record(&mut scores, "kim", 3);
    record(&mut scores, "lee", 5);
    record(&mut scores, "kim", 8);
    let mut names: Vec<&String> = scores.keys().collect();
    names.sort();
    for n in names {
        println!("{} {:?}", n, scores[n]);
    }
}
