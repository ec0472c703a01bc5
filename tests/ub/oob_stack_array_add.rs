fn main() {
    let primes = [2u32, 3, 5, 7];
    let p = primes.as_ptr();
    for i in 0..primes.len() {
        println!("prime {} = {}", i, unsafe { *p.add(i) });
    }
    let fifth = unsafe { *p.add(4) };
    println!("fifth = {}", fifth);
}
