fn pick_larger<'a>(a: &'a Vec<i32>, extra: Vec<i32>) -> &'a Vec<i32> {
    if extra.len() > a.len() {
        return &extra;
    }
    a
}

fn main() {
    let base = vec![1, 2];
    println!("{:?}", pick_larger(&base, vec![3, 4, 5]));
}
