use std::alloc::{alloc, dealloc, Layout};

#[derive(Debug)]
struct Pair {
    a: i64,
    b: i64,
}

fn main() {
    let layout = Layout::new::<Pair>();
    let p = unsafe { alloc(layout) } as *mut Pair;
    assert!(!p.is_null());
    unsafe {
        p.write(Pair { a: 1, b: 2 });
        println!("a = {}, b = {}", (*p).a, (*p).b);
        dealloc(p as *mut u8, layout);
    }
    println!("pair freed, updating b");
    unsafe { (*p).b = 7; }
    println!("done");
}
