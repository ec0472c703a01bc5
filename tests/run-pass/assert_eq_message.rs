fn double(x: i32) -> i32 {
    x * 2
}

fn main() {
    let a = 3;
    assert!(a < 5);
    assert_eq!(double(a), 6);
    assert_ne!(a, 4, "a should not be {}", 4);
    assert!(a > 0, "a was {a}");
    println!("all good");
    assert_eq!(double(a) + 1, 8, "double({}) + 1 is wrong", a);
}
