use std::cell::RefCell;

fn main() {
    let queue = RefCell::new(vec![String::from("job1"), String::from("job2")]);
    let jobs: Vec<String> = queue.borrow().clone();
    let drained: Vec<String> = queue.borrow_mut().drain(..).collect();
    println!("{:?} {:?} {}", jobs, drained, queue.borrow().len());
    let inner = queue.into_inner();
    println!("{:?}", inner);
}
