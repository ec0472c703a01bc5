fn main() {
    let mut ids = vec![5, 12, 7, 30];
    let big: Vec<i32> = ids.iter().filter(|&&x| x > 10).cloned().collect();
    ids.retain(|&x| x != 7);
    println!("big {:?} ids {:?}", big, ids);
}
