fn main() {
    let mut out: *mut u64 = std::ptr::null_mut();
    {
        let mut total = 0u64;
        for i in 1..=4 {
            total += i;
        }
        out = &mut total;
        println!("total inside = {}", total);
    }
    println!("resetting the total from outside");
    unsafe { *out = 0 };
    println!("done");
}
