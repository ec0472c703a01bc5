fn repeat<F: FnMut(u32)>(n: u32, mut f: F) {
    for i in 0..n {
        f(i);
    }
}

fn main() {
    let mut seen = Vec::new();
    repeat(4, |i| seen.push(i * i));
    let mut total = 0;
    repeat(3, |i| total += i);
    println!("{:?} {}", seen, total);
}
