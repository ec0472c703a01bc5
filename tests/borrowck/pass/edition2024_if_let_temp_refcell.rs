use std::cell::RefCell;

fn main() {
    let queue = RefCell::new(vec![3, 1, 2]);
    for _ in 0..2 {
        if let Some(&front) = queue.borrow().first() {
            println!("front is {}", front);
            if front == 0 {
                continue;
            }
        } else {
            queue.borrow_mut().push(0);
        }
        queue.borrow_mut().clear();
    }
    println!("{:?}", queue.borrow());
}
