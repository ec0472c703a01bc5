fn add_one(x: &mut i32) {
    *x += 1;
}

fn main() {
    let mut n = 10;
    let r = &mut n;
    add_one(&mut *r);
    add_one(r);
    *r *= 2;
    let r2 = &mut *r;
    *r2 += 3;
    println!("n = {}", n);
}
