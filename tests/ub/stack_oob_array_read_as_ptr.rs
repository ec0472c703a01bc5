// Summing a local array through a raw pointer, with an off-by-one loop bound.
fn main() {
    let readings: [u32; 4] = [10, 20, 30, 40];
    let marker: [u32; 4] = [7, 7, 7, 7];
    println!("readings = {:?}", readings);
    println!("marker   = {:?}", marker);

    let p = readings.as_ptr();
    let mut sum: u32 = 0;
    let mut i = 0usize;
    println!("summing through raw pointer...");
    while i <= readings.len() {
        // i == 4 reads one element past the end of `readings`
        let v = unsafe { *p.add(i) };
        sum = sum.wrapping_add(v);
        i += 1;
    }
    println!("sum = {}", sum);
    println!("marker after = {:?}", marker);
}
