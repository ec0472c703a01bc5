fn main() {
    let v: Vec<u32> = (1..=8).collect();
    let p = v.as_ptr() as usize;
    let w: Vec<u32> = v.into_iter().collect();
    println!("{} {}", w.capacity(), w.as_ptr() as usize == p);
    let mut it = w.into_iter();
    it.next();
    let x: Vec<u32> = it.collect();
    println!("{} {}", x.capacity(), x.len());
    let mut it = x.into_iter();
    for _ in 0..5 { it.next(); }
    let y: Vec<u32> = it.collect();
    println!("{} {}", y.capacity(), y.len());
}
