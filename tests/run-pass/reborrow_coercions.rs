fn show(v: &[i32]) { println!("{:?}", v); }
fn main() {
    let mut a = [1, 2, 3];
    let m: &mut [i32] = &mut a;
    m[0] = 9;
    let s: &[i32] = m;
    show(s);
    let mut x = 5;
    let p: *mut i32 = &mut x;
    let q: *const i32 = p;
    println!("{}", q.is_null());
}
