fn main() {
    let a: i32 = -17;
    let b: i32 = 5;
    println!("{} {} {} {}", a / b, a % b, a * b, a - b);
    let c: u64 = 18446744073709551615;
    println!("{} {}", c, c / 3);
    let d: i64 = -9223372036854775808;
    println!("{}", d);
    let e = 0xFFu8 as i8;
    let f = -1i32 as u32;
    let g = 300i32 as u8;
    println!("{e} {f} {g}");
    let h = 2.9f64 as i32;
    let i = -2.9f64 as u8;
    let j = 1e20 as i64;
    let k = 255u8 as char;
    println!("{h} {i} {j} {k}");
    let x = 7 >> 1;
    let y = -7 >> 1;
    let z = 1u64 << 63;
    println!("{x} {y} {z}");
    println!("{}", 5 & 3 | 8 ^ 2);
}
