fn build_row(seed: u16) -> *const u16 {
    let row = [seed, seed + 1, seed + 2, seed + 3];
    println!("built row starting at {}", row[0]);
    row.as_ptr()
}

fn main() {
    let p = build_row(10);
    let third = unsafe { *p.add(2) };
    println!("third = {}", third);
}
