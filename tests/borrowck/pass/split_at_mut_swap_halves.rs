fn main() {
    let mut buf = [1, 2, 3, 4, 5, 6];
    let (left, right) = buf.split_at_mut(3);
    for (a, b) in left.iter_mut().zip(right.iter_mut()) {
        std::mem::swap(a, b);
    }
    println!("{:?}", buf);
}
