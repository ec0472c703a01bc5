// Trying to reach the "neighbouring" local array by offsetting past the end.
fn main() {
    let mut first: [i64; 3] = [1, 2, 3];
    let second: [i64; 3] = [100, 200, 300];
    println!("first  = {:?}", first);
    println!("second = {:?}", second);

    let base = first.as_mut_ptr();
    unsafe {
        *base.offset(2) = 33;
    }
    println!("first after in-bounds write = {:?}", first);

    // Learner assumes `second` sits right after `first` on the stack.
    let guess = unsafe { *base.offset(3) };
    println!("guessed second[0] = {}", guess);
    println!("real second[0] = {}", second[0]);
}
