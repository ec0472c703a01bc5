fn main() {
    let tags = vec![String::from("rust"), String::from("mem")];
    let mut owned: Vec<String> = Vec::new();
    for t in tags.iter() {
        owned.push(t.clone());
    }
    let more: Vec<String> = tags.iter().cloned().rev().collect();
    owned.extend(more);
    println!("{:?} {:?}", owned, tags);
}
