// A panic inside a closure: the message points into the closure, and unwinding drops what the
// caller owns.
struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        println!("guard dropped");
    }
}

fn main() {
    let _g = Guard;
    let divide = |a: i32, b: i32| a / b;
    println!("{}", divide(10, 2));
    println!("{}", divide(1, 0));
}
