// Shortest round-trip digits of 3,000 pseudo-random f64 and f32 values (subnormals, ties), as Debug and LowerExp print them.
fn main() {
    let mut x: u64 = 0x9E3779B97F4A7C15;
    let mut out = String::new();
    for i in 0..3000 {
        x ^= x << 13; x ^= x >> 7; x ^= x << 17;
        let bits = match i % 4 { 0 => x, 1 => x >> 12, 2 => x & 0x000F_FFFF_FFFF_FFFF | 0x0010_0000_0000_0000 * (i as u64 % 3), _ => (x >> 40) };
        let v = f64::from_bits(bits);
        let f = f32::from_bits((x >> 32) as u32 >> (i % 3 * 4));
        out.push_str(&format!("{:?} {:e} {:?} {:e}\n", v, v, f, f));
    }
    print!("{}", out);
}
