fn main() {
    let mut scores = vec![10u16, 20, 30];
    let p = scores.as_mut_ptr();
    unsafe { *p.add(1) = 25; }
    println!("scores = {:?}", scores);
    scores.reserve(100);
    println!("reserved room for 100 more");
    unsafe { *p = 99; }
    println!("scores = {:?}", scores);
}
