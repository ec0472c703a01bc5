// A byte-buffer pool that watches Vec's capacity management and raw parts.
use std::mem::MaybeUninit;

fn report(label: &str, v: &Vec<u8>) {
    println!("{label}: len={} cap={}", v.len(), v.capacity());
}

fn main() {
    let mut buf: Vec<u8> = Vec::with_capacity(10);
    report("with_capacity", &buf);
    buf.extend_from_slice(b"hello");
    buf.reserve(20);
    report("reserve", &buf);
    buf.reserve_exact(40);
    report("reserve_exact", &buf);
    buf.shrink_to(16);
    report("shrink_to", &buf);
    buf.shrink_to_fit();
    report("shrink_to_fit", &buf);
    println!("try_reserve ok={:?}", buf.try_reserve(3).is_ok());
    report("after try_reserve", &buf);
    println!("try_reserve_exact ok={:?}", buf.try_reserve_exact(100).is_ok());
    report("after try_reserve_exact", &buf);
    match buf.try_reserve(usize::MAX) {
        Ok(()) => println!("unexpected"),
        Err(e) => println!("try_reserve(MAX): {e}"),
    }
    match buf.try_reserve_exact(isize::MAX as usize) {
        Ok(()) => println!("unexpected"),
        Err(e) => println!("try_reserve_exact(isize::MAX): {e}"),
    }
    // spare capacity and set_len
    let spare: &mut [MaybeUninit<u8>] = buf.spare_capacity_mut();
    println!("spare len={}", spare.len());
    spare[0].write(b'!');
    spare[1].write(b'?');
    unsafe { buf.set_len(buf.len() + 2) };
    println!("after set_len: {:?}", String::from_utf8_lossy(&buf));
    // raw pointers
    let p = buf.as_ptr();
    let first = unsafe { *p };
    let mp = buf.as_mut_ptr();
    unsafe { *mp.add(1) = b'E' };
    println!("first={} now={:?}", first as char, std::str::from_utf8(&buf).unwrap());
    // raw parts round trip
    let v = vec![10u32, 20, 30];
    let (ptr, len, cap) = v.into_raw_parts();
    let rebuilt = unsafe { Vec::from_raw_parts(ptr, len, cap) };
    println!("raw parts: len={} cap={} {:?}", len, cap, rebuilt);
    // boxed slices and leaks
    let mut w = Vec::with_capacity(8);
    w.extend([1u16, 2, 3]);
    let boxed: Box<[u16]> = w.into_boxed_slice();
    println!("boxed {:?} len={}", boxed, boxed.len());
    let back: Vec<u16> = boxed.into_vec();
    println!("back len={} cap={}", back.len(), back.capacity());
    let leaked: &'static mut [u16] = back.leak();
    leaked[0] = 99;
    println!("leaked {:?}", leaked);
    let mut zeros = vec![0u8; 3];
    zeros.extend(std::iter::repeat(1).take(6));
    report("extend", &zeros);
    let mut grow = Vec::new();
    for i in 0..9u64 {
        grow.push(i);
        print!("{} ", grow.capacity());
    }
    println!();
    let mut big: Vec<u32> = Vec::new();
    big.reserve_exact(3);
    println!("exact cap {}", big.capacity());
    let v2: Vec<i32> = Vec::with_capacity(0);
    println!("{}", v2[0]);
}
