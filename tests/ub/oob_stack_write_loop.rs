fn main() {
    let mut counts = [0u8; 6];
    let p = counts.as_mut_ptr();
    println!("filling {} counters", 6);
    for i in 0..=6 {
        unsafe { *p.add(i) = i as u8 };
    }
    println!("counts = {:?}", counts);
}
