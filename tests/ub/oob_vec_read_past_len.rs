fn main() {
    let v = vec![10u32, 20, 30];
    println!("len = {}, cap = {}", v.len(), v.capacity());
    let p = v.as_ptr();
    let mut sum = 0;
    for i in 0..v.len() {
        sum += unsafe { *p.add(i) };
    }
    println!("sum = {}", sum);
    let extra = unsafe { *p.add(3) };
    println!("extra = {}", extra);
}
