use std::thread;

fn main() {
    let data = vec![1, 2, 3];
    let slice: &[i32] = &data;
    let h = thread::spawn(move || slice.iter().sum::<i32>());
    println!("{}", h.join().unwrap());
}
