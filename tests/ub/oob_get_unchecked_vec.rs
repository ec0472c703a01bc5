fn main() {
    let v = vec![1.5f32, 2.5, 3.5];
    assert_eq!(v.len(), v.capacity());
    let mut total = 0.0;
    for i in 0..=v.len() {
        println!("reading index {}", i);
        total += unsafe { *v.get_unchecked(i) };
    }
    println!("total = {}", total);
}
