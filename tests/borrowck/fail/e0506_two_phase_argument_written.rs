fn f(a: &mut i32, b: i32) { *a += b; }
fn main() {
    let mut x = 1;
    let v = &mut x;
    f(v, { *v += 1; 2 });
    println!("{x}");
}
