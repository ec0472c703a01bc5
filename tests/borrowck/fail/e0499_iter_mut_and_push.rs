fn main() {
    let mut queue = vec![1, 2, 3];
    for item in queue.iter_mut() {
        *item *= 10;
        if *item == 20 {
            let q = &mut queue;
            q.push(99);
        }
    }
    println!("{:?}", queue);
}
