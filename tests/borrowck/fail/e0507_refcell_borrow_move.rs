use std::cell::RefCell;

fn main() {
    let queue = RefCell::new(vec![String::from("job1"), String::from("job2")]);
    let jobs: Vec<String> = *queue.borrow();
    println!("{:?}", jobs);
}
