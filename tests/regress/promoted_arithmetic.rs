// Borrows of constant arithmetic are promoted to statics (rustc's promotion), and a const or static initializer's temporaries live as long as it.
fn ratio() -> &'static f64 { &(5.0 / 9.0) }
fn sum() -> &'static i32 { &(1 + 2) }
fn neg() -> &'static i64 { &-7 }
fn tup() -> &'static (i32, bool) { &(3 * 4, 1 < 2) }
const V: &Vec<i32> = &Vec::new();
const S: &[(&str, f64)] = &[("a", 1.0 / 3.0), ("b", 2.0 * 0.5)];
static T: &[i32] = &[1 + 1, 2 << 3];
fn main() {
    println!("{} {} {} {:?} {:?} {:?} {:?}", ratio(), sum(), neg(), tup(), V, S, T);
    let p = ratio() as *const f64;
    let q = ratio() as *const f64;
    println!("{}", p == q);
    println!("{}", half());
}

// an integer division by a literal other than 0 and -1 is promoted too
fn half() -> &'static i32 { &(10 / 2) }

