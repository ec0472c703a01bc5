use std::slice;
use std::time::Duration;
use std::thread;
fn split_at_mut(values: &mut [i32], mid: usize) -> (&mut [i32], &mut [i32]) {
    let len = values.len();
    let ptr = values.as_mut_ptr();
    assert!(mid <= len);
    unsafe { (slice::from_raw_parts_mut(ptr, mid), slice::from_raw_parts_mut(ptr.add(mid), len - mid)) }
}
struct W { v: Option<String> }
fn main() {
    let mut vector = vec![1, 2, 3, 4, 5, 6];
    let (left, right) = split_at_mut(&mut vector, 3);
    right[0] = 40;
    println!("{:?} {:?}", left, right);
    let x: f64 = 2.0;
    println!("{} {} {} {} {}", x.sqrt(), (-2.5f64).round(), 2.5f64.round(), (-1.7f64).trunc(), x.max(f64::NAN));
    let mut o = Some(Box::new(5));
    let t = o.take();
    println!("{:?} {:?}", o, t);
    let mut w = W { v: Some(String::from("hi")) };
    let s = w.v.take();
    println!("{:?} {:?}", w.v, s);
    let d = Duration::from_millis(1500);
    println!("{}", d.as_secs());
    thread::sleep(Duration::from_millis(1));
    let p = 0x1000usize as *const i32;
    println!("{:p} {}", p, p.is_null());
}
