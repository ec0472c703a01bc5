use std::mem::ManuallyDrop;

fn main() {
    let mut v = ManuallyDrop::new(Vec::<u32>::with_capacity(3));
    v.extend([1, 2, 3]);
    let (p, cap) = (v.as_mut_ptr(), v.capacity());
    println!("rebuilding a vec of capacity {}", cap);
    let rebuilt = unsafe { Vec::from_raw_parts(p, cap + 1, cap) };
    println!("rebuilt len = {}", rebuilt.len());
}
