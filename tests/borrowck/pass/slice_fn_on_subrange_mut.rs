fn zero_out(xs: &mut [i32]) {
    for x in xs {
        *x = 0;
    }
}

fn main() {
    let mut v = vec![9, 8, 7, 6, 5];
    zero_out(&mut v[1..3]);
    let n = v.len();
    zero_out(&mut v[n - 1..]);
    let last = v.len() - 1;
    v.swap(0, last);
    println!("{:?}", v);
}
