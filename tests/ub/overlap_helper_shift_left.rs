fn refresh(dst: *mut u32, src: *const u32, n: usize) {
    unsafe { std::ptr::copy_nonoverlapping(src, dst, n) };
}

fn main() {
    let mut a = [1u32, 2, 3, 4];
    let backup = [9u32, 9, 9, 9];
    refresh(a.as_mut_ptr(), backup.as_ptr(), 4);
    println!("a = {:?}", a);
    a = [1, 2, 3, 4];
    println!("dropping the first element by shifting left");
    let p = a.as_mut_ptr();
    refresh(p, unsafe { p.add(1) }, 3);
    println!("a = {:?}", a);
}
