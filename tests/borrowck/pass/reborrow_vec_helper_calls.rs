fn push_evens(dst: &mut Vec<u32>, upto: u32) {
    for i in (0..upto).filter(|i| i % 2 == 0) {
        dst.push(i);
    }
}

fn dedup_sorted(dst: &mut Vec<u32>) {
    dst.sort();
    dst.dedup();
}

fn main() {
    let mut nums = vec![4, 9];
    let handle = &mut nums;
    push_evens(handle, 7);
    dedup_sorted(handle);
    handle.push(100);
    println!("{:?}", nums);
}
