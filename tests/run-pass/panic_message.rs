fn check(v: i32) {
    if v > 10 {
        panic!("value {} is too large (limit {limit})", v, limit = 10);
    }
    println!("ok {v}");
}

fn main() {
    check(3);
    check(42);
}
