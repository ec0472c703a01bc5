// Relative heap addresses as glibc's malloc hands them out: 16-byte chunk headers, 32-byte minimum
// chunks, tcache reuse of a freed chunk of the same size (LIFO), a Vec growing in place at the end of
// the heap, and a String after it.
fn offset(p: *const u8, base: usize) -> isize {
    p as usize as isize - base as isize
}

fn main() {
    let a = Box::new(1u32);
    let base = &*a as *const u32 as usize;
    let b = Box::new(2u64);
    println!("b - a = {}", offset(&*b as *const u64 as *const u8, base));
    let c = Box::new([0u8; 100]);
    println!("c - a = {}", offset(&*c as *const [u8; 100] as *const u8, base));
    let e = Box::new(9u16);
    drop(b);
    let d = Box::new(5u32);
    println!("d - a = {} (reuses b's chunk)", offset(&*d as *const u32 as *const u8, base));
    let mut v: Vec<u32> = Vec::new();
    let mut last = 0usize;
    for i in 0..40 {
        v.push(i);
        let p = v.as_ptr() as usize;
        if p != last {
            println!("len {} cap {} at {}", v.len(), v.capacity(), p as isize - base as isize);
            last = p;
        }
    }
    println!("cap {} after 40 pushes", v.capacity());
    let s = String::from("hello");
    println!("s at {}", offset(s.as_ptr(), base));
    let t = format!("{}{}", s, e);
    println!("t at {} cap {}", offset(t.as_ptr(), base), t.capacity());
    drop(s);
    let u = String::from("abc");
    println!("u at {} (s's chunk again)", offset(u.as_ptr(), base));
}
