fn main() {
    let data = [5u32, 6, 7, 8];
    let start = data.as_ptr();
    let end = unsafe { start.add(3) };
    let n = unsafe { end.offset_from_unsigned(start) };
    println!("distance = {}", n);
    let back = unsafe { start.offset_from_unsigned(end) };
    println!("back = {}", back);
}
