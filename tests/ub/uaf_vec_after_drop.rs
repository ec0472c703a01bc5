fn main() {
    let v = vec![3.5f64, 4.25, 5.0];
    let p = v.as_ptr();
    let n = v.len();
    let mut total = 0.0;
    for i in 0..n {
        total += unsafe { *p.add(i) };
    }
    println!("total = {}", total);
    drop(v);
    println!("vector dropped");
    let last = unsafe { *p.add(n - 1) };
    println!("last = {}", last);
}
