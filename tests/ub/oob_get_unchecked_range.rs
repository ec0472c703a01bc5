fn window(data: &[i32], start: usize, len: usize) -> &[i32] {
    unsafe { data.get_unchecked(start..start + len) }
}

fn main() {
    let data = vec![3, 1, 4, 1, 5];
    println!("first window = {:?}", window(&data, 0, 3));
    println!("second window = {:?}", window(&data, 2, 3));
    let w = window(&data, 3, 3);
    println!("third window = {:?}", w);
}
