fn main() {
    let mut scores: Vec<i32> = vec![70, -5, 88];
    let mut addrs: Vec<usize> = Vec::new();
    for s in scores.iter() {
        addrs.push(s as *const i32 as usize);
    }
    println!("saved {} addresses", addrs.len());
    println!("scores = {:?}", scores);
    for extra in 0..10 {
        scores.push(extra);
    }
    println!("now {} scores", scores.len());
    let mut sum = 0;
    for a in &addrs {
        let p = *a as *const i32;
        sum += unsafe { *p };
    }
    println!("sum of the first three = {}", sum);
}
