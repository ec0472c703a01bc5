fn main() {
    let mut ptrs: Vec<*const u64> = Vec::new();
    for i in 0..3u64 {
        let square = i * i;
        ptrs.push(&square);
        println!("stored pointer to {}", square);
    }
    let mut total = 0;
    for p in &ptrs {
        total += unsafe { **p };
    }
    println!("total = {}", total);
}
