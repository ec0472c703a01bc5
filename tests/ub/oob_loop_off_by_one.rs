fn main() {
    let v: Vec<i64> = (1..=5).collect();
    let p = v.as_ptr();
    let mut total = 0i64;
    for i in 0..=v.len() {
        println!("adding element {}", i);
        total += unsafe { *p.add(i) };
    }
    println!("total = {}", total);
}
