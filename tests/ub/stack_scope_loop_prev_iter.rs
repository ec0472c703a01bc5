// Remembering a pointer to the previous loop iteration's local.
fn main() {
    let mut prev: *const [u32; 4] = std::ptr::null();
    let mut diffs = Vec::new();
    for round in 0..3u32 {
        println!("round {}", round);
        if !prev.is_null() {
            // `cur` from the previous iteration is already out of scope
            let old = unsafe { (*prev)[0] };
            diffs.push(round * 10 - old);
            println!("previous first = {}", old);
        }
        let cur = [round * 10, round * 10 + 1, round * 10 + 2, round * 10 + 3];
        println!("cur = {:?}", cur);
        prev = &cur;
    }
    println!("diffs = {:?}", diffs);
}
