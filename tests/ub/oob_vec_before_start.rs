fn main() {
    let v = vec![1i32, 2, 3, 4];
    let mid = unsafe { v.as_ptr().add(2) };
    println!("mid = {}", unsafe { *mid });
    let back_one = unsafe { *mid.sub(1) };
    println!("back one = {}", back_one);
    let before = unsafe { *v.as_ptr().sub(1) };
    println!("before = {}", before);
}
