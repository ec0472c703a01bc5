// Writing to offset -1 from a pointer to a local integer.
fn bump_neighbour(seed: i32) -> i32 {
    let mut counter: i32 = seed;
    let p = &mut counter as *mut i32;
    unsafe {
        *p += 1;
    }
    println!("counter after increment = {}", counter);
    unsafe {
        // writes 4 bytes before `counter`
        *p.offset(-1) = 99;
    }
    counter
}

fn main() {
    println!("offset(-1) experiment");
    let seeds = [5, 6];
    println!("seed = {}", seeds[0]);
    let r = bump_neighbour(seeds[0]);
    println!("result = {}", r);
}
