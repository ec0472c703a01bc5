// A call through a function pointer whose target changes from call to call (the call site's cache of the
// last function called must follow it), including a #[track_caller] function and a closure coerced to fn,
// in a loop hot enough for the second tier; then a panic's location through the pointer.
fn add(a: i64, b: i64) -> i64 { a + b }
fn mul(a: i64, b: i64) -> i64 { a * b }

#[track_caller]
/* its location /* through a pointer */ is the item's, after its attributes and comments */
fn line(_: i64, _: i64) -> i64 {
    std::panic::Location::caller().line() as i64
}

fn checked_div(a: i64, b: i64) -> i64 {
    if b == 0 { panic!("division of {} by zero", a); }
    a / b
}

fn via<F: Fn(i64, i64) -> i64>(f: F) -> i64 { f(0, 0) }

fn main() {
    let sub: fn(i64, i64) -> i64 = |a, b| a - b;
    let fs: [fn(i64, i64) -> i64; 5] = [add, mul, line, sub, checked_div];
    let mut s: i64 = 0;
    for i in 0..5000i64 {
        let f = fs[(i % 5) as usize];
        s = s.wrapping_add(f(i, 3));
        if i % 997 == 0 { println!("{} {}", i, s); }
    }
    println!("sum {}", s);
    let mut same = 0;
    for i in 0..3000i64 {
        let f = if i < 2999 { fs[0] } else { fs[1] };
        same += f(i, 2);
    }
    println!("same {}", same);
    println!("through Fn: {}", via(fs[2]));
    let g = fs[4];
    println!("{}", g(7, 0));
}
