fn main() {
    let left: Vec<u32> = vec![1, 2, 3, 4];
    let right: Vec<u32> = vec![5, 6, 7, 8];
    println!("left = {:?}", left);
    println!("right = {:?}", right);
    let p = left.as_ptr();
    let mut sum = 0u32;
    let mut i = 0;
    while i < left.len() + right.len() {
        let x = unsafe { *p.add(i) };
        sum += x;
        println!("running sum = {}", sum);
        i += 1;
    }
    println!("sum = {}", sum);
}
