fn main() {
    let mut inbox = vec![String::from("m1"), String::from("m2"), String::from("m3")];
    let newest = &inbox[inbox.len() - 1];
    let old: Vec<String> = inbox.drain(..2).collect();
    println!("{:?} newest={}", old, newest);
}
