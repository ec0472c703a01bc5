// Scope item 8: a closure that only names a moved value in `let _ = x;` is Send; &STATIC is the static's own address.
use std::thread;

static LIMIT: i32 = 5;
static NAMES: [&str; 3] = ["a", "b", "c"];

fn limit_ref() -> &'static i32 {
    &LIMIT
}

fn main() {
    let data = vec![1, 2, 3];
    let h = thread::spawn(move || {
        let _ = data;
        7
    });
    println!("joined {}", h.join().unwrap());

    let a: *const i32 = &LIMIT;
    let b: *const i32 = limit_ref();
    println!("same static: {}", std::ptr::eq(a, b));
    let first = &NAMES[0];
    let again = &NAMES[0];
    println!("same element: {}", std::ptr::eq(*first, *again) && std::ptr::eq(first, again));
    println!("{} {}", LIMIT, NAMES.len());
}
