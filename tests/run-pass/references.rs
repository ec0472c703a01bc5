fn inc(x: &mut i32) {
    *x += 1;
}

fn sum(a: &[i32; 3]) -> i32 {
    a[0] + a[1] + a[2]
}

fn main() {
    let mut v = 5;
    inc(&mut v);
    inc(&mut v);
    let r = &v;
    let rr = &r;
    println!("{} {} {} {}", v, *r, r, **rr);
    let arr = [1, 2, 3];
    println!("{}", sum(&arr));
    let mut t = (1, 2);
    let p = &mut t.1;
    *p = 20;
    println!("{:?}", t);
}
