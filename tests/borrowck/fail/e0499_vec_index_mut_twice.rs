fn swap_values(a: &mut i32, b: &mut i32) {
    let t = *a;
    *a = *b;
    *b = t;
}

fn main() {
    let mut cells = vec![1, 2, 3, 4];
    swap_values(&mut cells[0], &mut cells[3]);
    println!("{:?}", cells);
}
