fn main() {
    let mut v: Vec<i32> = Vec::with_capacity(2);
    v.push(1);
    v.push(2);
    let first = v.as_ptr();
    println!("first = {}", unsafe { *first });
    for i in 3..10 {
        v.push(i);
    }
    println!("len = {}, grew = {}", v.len(), v.capacity() >= 9);
    let stale = unsafe { *first };
    println!("stale = {}", stale);
}
