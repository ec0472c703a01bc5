// Building a slice over a local array with a length that is too large.
use std::slice;

fn main() {
    let scores: [i32; 4] = [90, 85, 77, 64];
    let bonus: i32 = 5;
    println!("scores = {:?}", scores);
    println!("bonus = {}", bonus);

    let claimed_len = scores.len() + 1;
    let s: &[i32] = unsafe { slice::from_raw_parts(scores.as_ptr(), claimed_len) };
    println!("slice claims {} elements", s.len());
    for i in 0..3 {
        println!("s[{}] = {}", i, s[i]);
    }
    let extra = s[4];
    println!("s[4] = {}", extra);
}
