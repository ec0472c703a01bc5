fn double_all(xs: &mut Vec<i32>) {
    for x in xs.iter_mut() {
        *x *= 2;
    }
}

fn main() {
    let data = vec![1, 2, 3];
    double_all(&mut data);
    println!("{:?}", data);
}
