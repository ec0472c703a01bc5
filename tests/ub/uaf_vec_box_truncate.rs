fn main() {
    let mut boxes: Vec<Box<u32>> = Vec::new();
    for i in 0..5 {
        boxes.push(Box::new(i * 100));
    }
    let last: *const u32 = &*boxes[4];
    println!("count = {}", boxes.len());
    println!("last = {}", unsafe { *last });
    boxes.truncate(2);
    println!("count = {}", boxes.len());
    let v = unsafe { *last };
    println!("last again = {}", v);
}
