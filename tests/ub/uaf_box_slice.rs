fn main() {
    let data: Box<[i16]> = vec![5, -3, 12, 8].into_boxed_slice();
    let len = data.len();
    let raw: *mut [i16] = Box::into_raw(data);
    let first: *mut i16 = raw as *mut i16;
    unsafe {
        println!("len = {}, first = {}", len, *first);
        drop(Box::from_raw(raw));
    }
    println!("slice dropped");
    let third = unsafe { *first.add(2) };
    println!("third = {}", third);
}
