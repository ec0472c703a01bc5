use std::thread;

fn main() {
    let name = String::from("worker");
    let handle = thread::spawn(|| {
        println!("{}", name.len());
    });
    handle.join().unwrap();
}
