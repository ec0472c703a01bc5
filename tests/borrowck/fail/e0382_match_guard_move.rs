fn store(v: Vec<i32>) -> usize {
    v.len()
}

fn main() {
    let data = vec![4, 8, 15, 16, 23, 42];
    let mode = data.len() % 3;
    let stored = match mode {
        0 => store(data),
        1 => 0,
        _ => data.len(),
    };
    println!("stored {} of {}", stored, data.len());
}
