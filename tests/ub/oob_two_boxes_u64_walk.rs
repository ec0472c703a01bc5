fn main() {
    let first: Box<[u64; 2]> = Box::new([11, 22]);
    let second: Box<[u64; 2]> = Box::new([33, 44]);
    println!("first = {:?}", first);
    println!("second = {:?}", second);
    let p = first.as_ptr();
    let mut total = 0u64;
    for i in 0..4 {
        let value = unsafe { *p.add(i) };
        println!("value {} = {}", i, value);
        total += value;
    }
    println!("total = {}", total);
}
