use std::collections::VecDeque;

fn main() {
    let mut q: VecDeque<u32> = VecDeque::new();
    q.push_back(1);
    q.push_back(2);
    for _ in 0..3 {
        let front = *q.front().unwrap();
        q.push_back(front + 10);
        q.pop_front();
    }
    println!("{:?}", q);
}
