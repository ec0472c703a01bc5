fn main() {
    let mut v: Vec<u32> = Vec::with_capacity(8);
    v.push(1);
    v.push(2);
    unsafe { v.set_len(8) };
    println!("len is now {}", v.len());
    let mut sum = 0u32;
    for x in &v {
        sum += *x;
    }
    println!("sum = {}", sum);
}
