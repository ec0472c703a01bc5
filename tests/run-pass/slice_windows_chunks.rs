// <[T]>::windows and <[T]>::chunks on Vecs, arrays and slices, forwards and reversed, with
// adapters; a zero window size panics as std does.
fn main() {
    let v = vec![1, 2, 3, 4, 5];
    for w in v.windows(2) { print!("{:?} ", w); }
    println!();
    for c in v.chunks(2) { print!("{:?} ", c); }
    println!();
    let a = [10u8, 20, 30, 40];
    let sums: Vec<u32> = a.windows(3).map(|w| w.iter().map(|x| *x as u32).sum()).collect();
    println!("{:?} {}", sums, a.chunks(3).count());
    for c in a.chunks(3).rev() { print!("{:?} ", c); }
    println!();
    let empty: [i32; 0] = [];
    println!("{}", empty.windows(1).count());
    let s: &[i32] = &v[1..];
    println!("{:?}", s.chunks(10).next());
    let zero = v.len() - 5;
    println!("{}", v.windows(zero).count());
}
