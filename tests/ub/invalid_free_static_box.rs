static mut TABLE: [u64; 4] = [1, 2, 3, 4];

fn main() {
    let p = &raw mut TABLE;
    unsafe { (*p)[0] = 100; }
    println!("first = {}", unsafe { (*p)[0] });
    let b = unsafe { Box::from_raw(p) };
    println!("boxed sum = {}", b.iter().sum::<u64>());
    drop(b);
    println!("dropped");
}
