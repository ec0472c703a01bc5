// Returning a raw pointer to a local from a function, then using it.
fn make_counter(start: i32) -> *mut i32 {
    let mut value = start * 2;
    println!("make_counter: value = {}", value);
    &mut value as *mut i32
}

fn unrelated(n: i32) -> i32 {
    let scratch = [n; 8];
    scratch.iter().sum()
}

fn main() {
    println!("creating counter");
    let c = make_counter(21);
    println!("unrelated work = {}", unrelated(3));
    println!("counter created, incrementing");
    unsafe {
        *c += 1;
    }
    println!("counter = {}", unsafe { *c });
}
