fn is_even(v: u32) -> bool {
    v % 2 == 0
}

fn main() {
    let v = 3;
    assert!(is_even(4));
    assert!(v > 1 && v < 10);
    println!("checked {v}");
    assert!(v % 2 == 0);
}
