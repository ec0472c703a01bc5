fn main() {
    let labels: [String; 3] = [String::from("x"), String::from("y"), String::from("z")];
    let [first, middle, last] = labels;
    println!("{} {} {}", first, middle, last);
    let rows: [Vec<i32>; 2] = [vec![1, 2], vec![3, 4]];
    let mut flat = Vec::new();
    for row in rows {
        flat.extend(row);
    }
    println!("{:?}", flat);
}
