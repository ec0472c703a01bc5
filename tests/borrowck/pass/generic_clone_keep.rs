fn duplicate<T: Clone>(item: &T, times: usize) -> Vec<T> {
    (0..times).map(|_| item.clone()).collect()
}

fn main() {
    let word = String::from("echo");
    let copies = duplicate(&word, 3);
    println!("{:?} from {}", copies, word);
    let nested = duplicate(&copies, 2);
    println!("{} vecs, original still {}", nested.len(), copies.len());
}
