use std::cell::RefCell;

fn main() {
    let counter = RefCell::new(vec![0u32; 4]);
    counter.borrow_mut()[2] += 5;
    let inner = counter.into_inner();
    println!("{:?}", inner);
    counter.borrow_mut()[0] = 1;
}
