fn main() {
    let rows: [Vec<i32>; 2] = [vec![1, 2], vec![3, 4]];
    let mut flat = Vec::new();
    for i in 0..2 {
        let row = rows[i];
        flat.extend(row);
    }
    println!("{:?}", flat);
}
