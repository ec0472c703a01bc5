fn main() {
    let mut slot: Option<Box<[u8; 16]>> = Some(Box::new([7; 16]));
    let p = slot.as_ref().unwrap().as_ptr();
    println!("slot[0] = {}", unsafe { *p });
    slot = None;
    println!("slot is_none = {}", slot.is_none());
    let x = unsafe { *p.add(15) };
    println!("x = {}", x);
}
