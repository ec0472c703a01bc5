fn main() {
    let readings = [1.5f64, 2.5, 3.5, 4.5];
    let p = readings.as_ptr() as *const u8;
    let mut total = 0.0;
    for i in 0..readings.len() {
        total += unsafe { *(p.add(i * 8) as *const f64) };
    }
    println!("total = {}", total);
    let off = unsafe { *(p.add(4) as *const f64) };
    println!("off = {}", off);
}
