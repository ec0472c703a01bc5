fn main() {
    let mut last: *const [i32; 3] = std::ptr::null();
    for round in 1..=2 {
        let triple = [round, round * 2, round * 3];
        last = &triple;
        println!("round {} -> {:?}", round, triple);
    }
    let sum = unsafe { (*last)[0] + (*last)[1] + (*last)[2] };
    println!("sum = {}", sum);
}
