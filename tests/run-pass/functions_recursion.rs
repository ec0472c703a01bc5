fn fib(n: u32) -> u64 {
    if n < 2 {
        return n as u64;
    }
    fib(n - 1) + fib(n - 2)
}

fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

fn swap(p: (i32, i32)) -> (i32, i32) {
    let (a, b) = p;
    (b, a)
}

fn main() {
    println!("fib(20) = {}", fib(20));
    println!("gcd = {}", gcd(1071, 462));
    let t = swap((1, 2));
    println!("{:?} {} {}", t, t.0, t.1);
    let y = {
        let x = 3;
        x + 1
    };
    println!("y = {y}");
    let x = 5;
    let x = x * 2;
    {
        let x = x + 100;
        println!("inner x = {x}");
    }
    println!("outer x = {x}");
}
