struct Node {
    value: Box<u64>,
}

fn main() {
    let mut n = Node { value: Box::new(10) };
    let old: *const u64 = &*n.value;
    println!("old value = {}", unsafe { *old });
    n.value = Box::new(20);
    println!("new value = {}", n.value);
    let stale = unsafe { *old };
    println!("stale = {}", stale);
}
