// 128-bit integers and floats converted both ways: rounding to nearest, saturation, NaN and infinities.
fn main() {
    let xs: [u128; 6] = [0, 5, u64::MAX as u128 * 3 + 7, 1 << 70, u128::MAX, (1u128 << 100) + (1 << 47) + 1];
    for x in xs {
        println!("{} {} {:e}", x as f64, x as f32, x as f64);
    }
    let ys: [i128; 5] = [-5, i128::MIN, i128::MAX, -(1i128 << 90) - 12345, 123456789012345678901234567];
    for y in ys {
        println!("{} {}", y as f64, y as f32);
    }
    let fs: [f64; 9] = [1e30, -1e30, f64::NAN, f64::INFINITY, f64::NEG_INFINITY, 3.99, -3.99, 1e40, 340282366920938463463374607431768211455.0];
    for f in fs {
        println!("{} {} {} {}", f as u128, f as i128, (f as f32) as u128, (f as f32) as i128);
    }
    println!("{}", (u64::MAX as u128 * 3 + 7) as f64);
}
