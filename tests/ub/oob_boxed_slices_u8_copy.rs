fn main() {
    let a: Box<[u8]> = b"hello".to_vec().into_boxed_slice();
    let b: Box<[u8]> = b"world".to_vec().into_boxed_slice();
    println!("a = {}", String::from_utf8_lossy(&a));
    println!("b = {}", String::from_utf8_lossy(&b));
    let mut joined = [0u8; 10];
    let src = a.as_ptr();
    for i in 0..5 {
        joined[i] = unsafe { *src.add(i) };
    }
    println!("copied the first half");
    for i in 5..10 {
        joined[i] = unsafe { *src.add(i) };
    }
    println!("joined = {}", String::from_utf8_lossy(&joined));
}
