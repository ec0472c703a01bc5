fn main() {
    let mut totals = vec![1, 2, 3];
    let m = &mut totals;
    let view = &*m;
    println!("view {:?}", view);
    m.push(4);
    let len_view = &m.len();
    println!("len {}", len_view);
    m.push(5);
    println!("{:?}", totals);
}
