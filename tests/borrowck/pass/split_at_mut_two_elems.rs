fn two_mut(v: &mut [i32], i: usize, j: usize) -> (&mut i32, &mut i32) {
    assert!(i < j);
    let (a, b) = v.split_at_mut(j);
    (&mut a[i], &mut b[0])
}

fn main() {
    let mut cells = vec![1, 2, 3, 4];
    let (x, y) = two_mut(&mut cells, 0, 3);
    std::mem::swap(x, y);
    *x += 100;
    println!("{:?}", cells);
}
