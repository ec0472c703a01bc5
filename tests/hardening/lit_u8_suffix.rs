fn main() {
    let counts = vec![1u8, 2, 3];
    let total: u32 = counts.iter().map(|&c| c as u32).sum();
    let limit = 256u8;
    println!("{} {}", total, limit);
}
