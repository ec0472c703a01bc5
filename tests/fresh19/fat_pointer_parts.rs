// Looking inside fat pointers: a slice reference is (data, len),
// a trait object is (data, vtable). Only lengths and equalities are printed.
use std::mem::{size_of, transmute};

trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> &'static str;
}

struct Square(f64);
struct Circle(f64);

impl Shape for Square {
    fn area(&self) -> f64 { self.0 * self.0 }
    fn name(&self) -> &'static str { "square" }
}
impl Shape for Circle {
    fn area(&self) -> f64 { 3.0 * self.0 * self.0 }
    fn name(&self) -> &'static str { "circle" }
}

fn main() {
    println!("size of &u8 = {}, &[u8] = {}, &dyn Shape = {}", size_of::<&u8>(), size_of::<&[u8]>(), size_of::<&dyn Shape>());

    let data = [10u16, 20, 30, 40, 50, 60];
    let whole: &[u16] = &data;
    let tail: &[u16] = &data[2..];
    let parts_whole: [usize; 2] = unsafe { transmute(whole) };
    let parts_tail: [usize; 2] = unsafe { transmute(tail) };
    // Layout of the pair is not guaranteed; find which part is the length.
    let len_idx = if parts_whole[0] == 6 { 0 } else { 1 };
    let ptr_idx = 1 - len_idx;
    println!("length word of whole = {}", parts_whole[len_idx]);
    println!("length word of tail  = {}", parts_tail[len_idx]);
    println!("data words differ by {} bytes", parts_tail[ptr_idx] - parts_whole[ptr_idx]);

    // rebuild a slice from a pointer and a length the safe-ish way
    let p = whole.as_ptr();
    let rebuilt = unsafe { std::slice::from_raw_parts(p.add(1), 3) };
    println!("rebuilt: {:?}", rebuilt);
    let raw_slice: *const [u16] = std::ptr::slice_from_raw_parts(p, 4);
    println!("raw slice len = {}", raw_slice.len());

    // str is also (ptr, len)
    let s = "hello, fat pointers";
    let sp: [usize; 2] = unsafe { transmute(s) };
    println!("str length word present: {}", sp.contains(&s.len()));

    // trait objects
    let a = Square(2.0);
    let b = Square(3.0);
    let c = Circle(1.0);
    let shapes: [&dyn Shape; 3] = [&a, &b, &c];
    let words: Vec<[usize; 2]> = shapes.iter().map(|s| unsafe { transmute::<&dyn Shape, [usize; 2]>(*s) }).collect();
    // the data part equals the thin pointer of the concrete value
    let thin_a = &a as *const Square as usize;
    let data_idx = if words[0][0] == thin_a { 0 } else { 1 };
    let vt_idx = 1 - data_idx;
    println!("data word matches &a: {}", words[0][data_idx] == thin_a);
    println!("square/square same vtable: {}", words[0][vt_idx] == words[1][vt_idx]);
    println!("square/circle same vtable: {}", words[0][vt_idx] == words[2][vt_idx]);
    for s in shapes.iter() {
        println!("{} area {:.1}", s.name(), s.area());
    }

    // casting a fat pointer to a thin pointer keeps the data address
    let fat: *const dyn Shape = &c;
    let thin = fat as *const u8;
    println!("thin == &c: {}", std::ptr::eq(thin, &c as *const Circle as *const u8));
    println!("ptr::addr_eq(fat, &c): {}", std::ptr::addr_eq(fat, &c as *const Circle));
}
