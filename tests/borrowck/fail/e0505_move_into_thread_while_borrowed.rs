use std::thread;

fn main() {
    let words = vec!["red", "green", "blue"];
    let shortest = words.iter().min_by_key(|w| w.len()).unwrap();
    let h = thread::spawn(move || words.len());
    println!("{} {}", shortest, h.join().unwrap());
}
