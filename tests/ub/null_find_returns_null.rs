fn find(values: &[i32], target: i32) -> *const i32 {
    for v in values {
        if *v == target {
            return v;
        }
    }
    std::ptr::null()
}

fn main() {
    let data = [4, 8, 15, 16, 23, 42];
    let hit = find(&data, 15);
    println!("found 15: {}", unsafe { *hit });
    let miss = find(&data, 99);
    println!("looking for 99...");
    let v = unsafe { *miss };
    println!("v = {}", v);
}
