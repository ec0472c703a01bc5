// Tour stops 6 and 7: main calls add_one; a new frame holds its argument, the result comes
// back, and the frame is popped.
fn add_one(i: i32) -> i32 {
    let result = i + 1;
    result
}

fn main() {
    let a = 22;
    let b = add_one(a);
    println!("add_one({a}) = {b}");
}
