use std::ptr;

fn out_param(want: bool, storage: &mut i64) -> *mut i64 {
    if want { storage } else { ptr::null_mut() }
}

fn main() {
    let mut cell = 0i64;
    let p = out_param(true, &mut cell);
    unsafe { ptr::write(p, 42) };
    println!("cell = {}", cell);
    let q = out_param(false, &mut cell);
    println!("writing through q");
    unsafe { ptr::write(q, 43) };
    println!("done");
}
