fn fresh_counter<'a>() -> &'a mut u64 {
    let mut count = 0u64;
    count += 1;
    &mut count
}

fn main() {
    let c = fresh_counter();
    *c += 1;
    println!("{}", c);
}
