// Filling a local byte buffer through `&mut buf as *mut _`, one byte too many.
fn main() {
    let mut buf = [0u8; 8];
    let mut guard = [0xAAu8; 8];
    println!("buf before   = {:?}", buf);
    println!("guard before = {:?}", guard);

    let p = &mut buf as *mut [u8; 8] as *mut u8;
    let n = buf.len();
    println!("writing {} bytes (plus one)", n);
    for i in 0..n + 1 {
        // i == 8 writes past the end of `buf`
        unsafe {
            *p.add(i) = (i as u8) + 1;
        }
    }

    guard[0] ^= 1;
    println!("buf after   = {:?}", buf);
    println!("guard after = {:?}", guard);
}
