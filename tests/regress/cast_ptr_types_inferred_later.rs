// Casts between raw pointers whose pointee is not known yet: rustc checks them at the end of the body, so the
// vector's element type comes from the pushes after the cast, not from the cast's target.
fn first() {
    let mut v = Vec::with_capacity(4);
    let p = v.as_mut_ptr() as *mut u8;
    v.push(1u32);
    v.push(0x0102_0304);
    let q = v.as_ptr() as *const u8;
    let bytes: Vec<u8> = (0..8).map(|i| unsafe { *q.add(i) }).collect();
    println!("{:?} {}", bytes, p.is_null());
    let x = Default::default();
    let y = &x as *const _ as usize;
    let z: u16 = x;
    println!("{} {}", z, y % 2);
}
fn second() {
    let a = [1u8, 2, 3, 4];
    let p = &a as *const [u8; 4];
    let q = p as *const _;
    let r: *const [u8; 4] = q;
    let s = p as *const [u8];
    println!("{} {}", unsafe { (*r)[2] }, unsafe { (&*s).len() });
    let mut v = Vec::new();
    let w = &mut v as *mut Vec<_>;
    unsafe { (*w).push(3i64) };
    println!("{:?}", v);
}
fn main() {
    first();
    second();
}
