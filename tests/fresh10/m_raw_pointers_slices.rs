use std::ptr;
use std::slice;

#[derive(Debug, Clone, Copy)]
struct Particle {
    x: f32,
    y: f32,
    mass: u16,
}

fn sum_raw(p: *const i32, len: usize) -> i32 {
    let mut total = 0;
    for i in 0..len {
        total += unsafe { *p.add(i) };
    }
    total
}

fn main() {
    println!("-- walking an array with ptr.add --");
    let nums = [3, 1, 4, 1, 5, 9, 2, 6];
    let p = nums.as_ptr();
    println!("sum via raw pointer = {}", sum_raw(p, nums.len()));
    let third = unsafe { *p.add(2) };
    let last = unsafe { p.add(nums.len() - 1).read() };
    println!("third={} last={}", third, last);

    println!("-- offset_from and byte distances --");
    let start = &nums[1] as *const i32;
    let end = &nums[6] as *const i32;
    let dist = unsafe { end.offset_from(start) };
    let bytes = (end as usize) - (start as usize);
    println!("elements apart={} bytes apart={}", dist, bytes);

    let parts = [Particle { x: 0.0, y: 1.0, mass: 2 }; 3];
    let a = &parts[0] as *const Particle;
    let c = &parts[2] as *const Particle;
    println!(
        "Particle size={} -> parts[0]..parts[2] = {} bytes",
        std::mem::size_of::<Particle>(),
        c as usize - a as usize
    );

    println!("-- ptr::read / ptr::write / ptr::swap --");
    let mut buf = [10u64, 20, 30, 40];
    let mp = buf.as_mut_ptr();
    unsafe {
        ptr::write(mp.add(1), 222);
        let v = ptr::read(mp.add(3));
        ptr::write(mp, v + 1);
        ptr::swap(mp.add(2), mp.add(3));
    }
    println!("buf after writes = {:?}", buf);

    let mut s1 = String::from("first");
    let mut s2 = String::from("second");
    unsafe {
        ptr::swap(&mut s1, &mut s2);
    }
    println!("swapped strings s1={} s2={}", s1, s2);

    println!("-- ptr::eq vs == --");
    let x = 5;
    let y = 5;
    let rx1 = &x;
    let rx2 = &x;
    println!("rx1 == &y: {}  ptr::eq(rx1, &y): {}  ptr::eq(rx1, rx2): {}", *rx1 == y, ptr::eq(rx1, &y), ptr::eq(rx1, rx2));
    let whole: &[i32] = &nums;
    let sub: &[i32] = &nums[..];
    let head: &[i32] = &nums[..4];
    println!("slice ptr::eq whole/sub={} whole/head={}", ptr::eq(whole, sub), ptr::eq(whole, head));
    println!("same start address whole/head={}", whole.as_ptr() == head.as_ptr());

    println!("-- slice::from_raw_parts --");
    let v: Vec<u16> = (1..=10).map(|n| n * n).collect();
    let window = unsafe { slice::from_raw_parts(v.as_ptr().add(3), 4) };
    println!("window = {:?}", window);
    let mut m = vec![0u8; 6];
    let tail = unsafe { slice::from_raw_parts_mut(m.as_mut_ptr().add(2), 4) };
    for (i, b) in tail.iter_mut().enumerate() {
        *b = (i as u8 + 1) * 11;
    }
    println!("m = {:?}", m);

    println!("-- null and dangling --");
    let np: *const i32 = ptr::null();
    println!("null is_null={}", np.is_null());
    let opt = unsafe { np.as_ref() };
    println!("as_ref on null -> {:?}", opt);
    let good = unsafe { (&x as *const i32).as_ref() };
    println!("as_ref on valid -> {:?}", good);
    let d: ptr::NonNull<u64> = ptr::NonNull::dangling();
    println!("NonNull::dangling aligned to 8: {}", (d.as_ptr() as usize) % 8 == 0);
    println!("size *const u8={} Option<NonNull<u8>>={}", std::mem::size_of::<*const u8>(), std::mem::size_of::<Option<ptr::NonNull<u8>>>());
}
