// Option and Result methods: unwrap_or, is_some/is_none, is_ok/is_err, expect on Some, matching
// through references, and unwrap on None panicking at the method name.
fn find(xs: &[i32], want: i32) -> Option<usize> {
    let mut i = 0;
    while i < xs.len() {
        if xs[i] == want { return Some(i); }
        i += 1;
    }
    None
}

fn main() {
    let xs = [4, 8, 15, 16];
    let a = find(&xs, 15);
    let b = find(&xs, 42);
    println!("{:?} {:?} {} {}", a, b, a.is_some(), b.is_none());
    println!("{} {}", a.unwrap_or(99), b.unwrap_or(99));
    let r: Result<u8, String> = Ok(3);
    println!("{} {} {}", r.is_ok(), r.is_err(), r.expect("present"));
    if let Some(i) = &a { println!("found at {}", i); }
    println!("{}", b.unwrap());
}
