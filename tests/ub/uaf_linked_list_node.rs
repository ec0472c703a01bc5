struct Node {
    val: i32,
    next: *mut Node,
}

fn main() {
    let second = Box::into_raw(Box::new(Node { val: 2, next: std::ptr::null_mut() }));
    let first = Box::into_raw(Box::new(Node { val: 1, next: second }));
    unsafe {
        println!("first = {}, second = {}", (*first).val, (*(*first).next).val);
        drop(Box::from_raw(second));
        println!("freed the second node");
        let v = (*(*first).next).val;
        println!("v = {}", v);
        drop(Box::from_raw(first));
    }
}
