use std::sync::Mutex;

fn main() {
    let names = Mutex::new(vec![String::from("a"), String::from("b")]);
    let first: &String = names.lock().unwrap().first().unwrap();
    println!("{}", first);
}
