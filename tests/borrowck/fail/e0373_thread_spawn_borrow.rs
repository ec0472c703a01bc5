use std::thread;

fn main() {
    let counts = vec![1, 2, 3];
    let handle = thread::spawn(|| {
        println!("counts: {:?}", counts);
    });
    handle.join().unwrap();
}
