fn main() {
    let mut arr = [1, 2, 3, 4, 5, 0];
    println!("before = {:?}", arr);
    let p = arr.as_mut_ptr();
    unsafe {
        std::ptr::copy_nonoverlapping(p, p.add(1), 5);
        *p = 0;
    }
    println!("after = {:?}", arr);
}
