// A terabyte cannot be mapped: malloc answers null and std aborts the process.
fn main() {
    let small = vec![1u8; 16];
    println!("small: {}", small.len());
    let v = vec![0u8; 1 << 40];
    println!("never printed: {}", v.len());
}
