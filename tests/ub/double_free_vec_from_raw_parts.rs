use std::mem::ManuallyDrop;

fn main() {
    let v = ManuallyDrop::new(vec![10i32, 20, 30]);
    let (p, len, cap) = (v.as_ptr() as *mut i32, v.len(), v.capacity());
    let a = unsafe { Vec::from_raw_parts(p, len, cap) };
    println!("a = {:?}", a);
    drop(a);
    println!("a dropped");
    drop(unsafe { Vec::from_raw_parts(p, len, cap) });
    println!("b dropped");
}
