// Tour stop 15: `&v[1..3]` is a fat pointer: the address of v[1] in the Vec's buffer and a length.
fn main() {
    let v = vec![10, 20, 30, 40];
    let middle: &[i32] = &v[1..3];
    let first: &i32 = &v[0];
    println!("{:?} {} {} bytes", middle, first, std::mem::size_of_val(&middle));
}
