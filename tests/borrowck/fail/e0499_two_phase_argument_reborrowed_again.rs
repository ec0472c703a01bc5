fn f(a: &mut i32, b: i32) { *a += b; }
fn g(a: &mut i32) -> i32 { *a }
fn main() {
    let mut x = 1;
    let v = &mut x;
    f(v, g(v));
    println!("{x}");
}
