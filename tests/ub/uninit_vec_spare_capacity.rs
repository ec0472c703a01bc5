fn main() {
    let mut v: Vec<i16> = vec![1, 2, 3];
    v.reserve(10);
    println!("len = {}, room for ten more = {}", v.len(), v.capacity() - v.len() >= 10);
    let p = v.as_ptr();
    if unsafe { *p.add(5) } < 0 {
        println!("negative");
    }
    println!("done");
}
