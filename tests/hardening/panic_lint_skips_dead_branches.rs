// arithmetic_overflow and unconditional_panic look only at blocks a known condition does not rule out:
// `x / d` under `if d != 0` (d known to be 0) is not linted; `a[i]` under `if i < a.len()` is (len() is a call)
fn main() {
    let d = 0;
    let x = 10;
    if d != 0 {
        println!("{}", x / d);
    }
    let a = [1, 2, 3];
    let i = 5;
    if i < a.len() {
        println!("{}", a[i]);
    }
    let m: u8 = 255;
    if m < 255 {
        println!("{}", m + 1);
    }
}
