static LOOKUP: [u16; 5] = [1, 1, 2, 3, 5];

fn fib(n: usize) -> u16 {
    unsafe { *LOOKUP.as_ptr().add(n) }
}

fn main() {
    for i in 0..5 {
        println!("fib({}) = {}", i, fib(i));
    }
    println!("fib(5) = {}", fib(5));
}
