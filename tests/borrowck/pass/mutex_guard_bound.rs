use std::sync::Mutex;

fn main() {
    let names = Mutex::new(vec![String::from("a"), String::from("b")]);
    let guard = names.lock().unwrap();
    let first: &String = guard.first().unwrap();
    println!("{}", first);
    drop(guard);
    names.lock().unwrap().push(String::from("c"));
    println!("{:?}", names.lock().unwrap());
}
