use std::thread;

fn main() {
    let data = vec![1, 2, 3];
    let owned: Vec<i32> = data[1..].to_vec();
    let h = thread::spawn(move || owned.iter().sum::<i32>());
    println!("{} {:?}", h.join().unwrap(), data);
}
