use std::thread;

fn main() {
    let data = vec![1, 2, 3, 4, 5, 6, 7, 8];
    let mut left_sum = 0;
    let mut right_sum = 0;
    let (l, r) = data.split_at(data.len() / 2);
    thread::scope(|s| {
        s.spawn(|| left_sum = l.iter().sum());
        s.spawn(|| right_sum = r.iter().sum());
    });
    println!("{} + {} = {}", left_sum, right_sum, left_sum + right_sum);
    println!("data still usable: {:?}", data);
}
