// A LazyCell whose initializer panics is poisoned; the next access panics too.
use std::cell::{LazyCell, OnceCell};
use std::panic;

fn main() {
    let once: OnceCell<i32> = OnceCell::new();
    let r = panic::catch_unwind(panic::AssertUnwindSafe(|| {
        once.get_or_init(|| 1);
        once.get_or_init(|| unreachable!());
    }));
    println!("once ok {} {:?}", r.is_ok(), once.get());

    let lazy: LazyCell<u32> = LazyCell::new(|| {
        println!("initializing");
        let v: Vec<u32> = Vec::new();
        v[0]
    });
    let first = panic::catch_unwind(panic::AssertUnwindSafe(|| *lazy));
    println!("first access failed: {}", first.is_err());
    println!("get {:?}", LazyCell::get(&lazy));
    println!("second access: {}", *lazy);
}
