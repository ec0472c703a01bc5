// Boxes: uninitialised allocation, pinning, leaking, raw round trips and downcasting.
use std::any::Any;
use std::mem::MaybeUninit;
use std::pin::Pin;

fn describe(b: Box<dyn Any>) -> String {
    match b.downcast::<i32>() {
        Ok(i) => format!("i32 {i}"),
        Err(b) => match b.downcast::<String>() {
            Ok(s) => format!("string {s}"),
            Err(_) => "unknown".to_string(),
        },
    }
}

fn main() {
    let b = Box::new(41);
    println!("new={} deref+1={}", b, *b + 1);
    let mut u: Box<MaybeUninit<u64>> = Box::new_uninit();
    u.write(7);
    let u = unsafe { u.assume_init() };
    println!("new_uninit+write={}", u);
    let z: Box<MaybeUninit<[u32; 4]>> = Box::new_zeroed();
    println!("new_zeroed={:?}", unsafe { z.assume_init() });
    let mut s: Box<[MaybeUninit<u8>]> = Box::new_uninit_slice(3);
    for (i, slot) in s.iter_mut().enumerate() {
        slot.write(i as u8 * 10);
    }
    println!("new_uninit_slice={:?}", unsafe { s.assume_init() });
    let zs: Box<[MaybeUninit<i16>]> = Box::new_zeroed_slice(2);
    println!("new_zeroed_slice={:?}", unsafe { zs.assume_init() });
    let boxed_w = Box::new(MaybeUninit::<String>::uninit());
    let w = Box::write(boxed_w, "written".to_string());
    println!("Box::write={w}");
    let p: Pin<Box<i32>> = Box::pin(5);
    println!("pin={}", *p);
    let p2 = Box::into_pin(Box::new("pinned"));
    println!("into_pin={}", *p2);
    let leaked: &'static mut Vec<i32> = Box::leak(Box::new(vec![1, 2]));
    leaked.push(3);
    println!("leak={:?}", leaked);
    let raw = Box::into_raw(Box::new(String::from("raw")));
    let back = unsafe { Box::from_raw(raw) };
    println!("into_raw/from_raw={back}");
    println!("downcast: {} | {} | {}", describe(Box::new(3i32)), describe(Box::new(String::from("s"))), describe(Box::new(1.5f64)));
    let nested: Box<Box<[i32]>> = Box::new(vec![4, 5].into_boxed_slice());
    println!("nested len={}", nested.len());
    let e: Box<dyn Any> = Box::new(0u8);
    let _: Box<u16> = e.downcast().unwrap();
}
