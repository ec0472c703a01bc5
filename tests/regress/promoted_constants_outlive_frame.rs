// A borrow of a constant expression (`&0`, `&[1, 2, 3]`, `&7`) is promoted to static memory by rustc, so it may be
// returned from the function that wrote it: `v.get(i).unwrap_or(&0)` is the common case.
fn get(v: &Vec<i64>, i: usize) -> &i64 { v.get(i).unwrap_or(&0) }
fn get2(v: &[i64], i: usize) -> &i64 { if i < v.len() { &v[i] } else { &-1 } }
fn f() -> &'static [i32] { &[1, 2, 3] }
fn g() -> &'static i32 { &7 }
fn pair() -> &'static (u8, char, bool) { &(1, 'x', true) }
fn none() -> &'static Option<u16> { &None }
fn main() {
    let v = vec![1, 2];
    let a = get(&v, 9);
    let b = get2(&v, 9);
    let s = format!("{:?}", vec![9u64; 10]);
    println!("{} {} {}", a, b, s.len());
    println!("{} {} {:?} {} {:?} {:?}", get(&v, 99), get(&v, 1), f(), g(), pair(), none());
    let same = std::ptr::eq(g(), g());
    println!("{}", same);
}
