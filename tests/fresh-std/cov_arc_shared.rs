// Arc and sync::Weak shared across threads, plus the raw and uninitialised constructors.
use std::mem::MaybeUninit;
use std::sync::{Arc, Weak};
use std::thread;

fn main() {
    let data = Arc::new(vec![1, 2, 3]);
    let handles: Vec<_> = (0..3).map(|i| {
        let d = Arc::clone(&data);
        thread::spawn(move || d[i] * 10)
    }).collect();
    let results: Vec<i32> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    println!("results={:?} strong={}", results, Arc::strong_count(&data));
    let w: Weak<Vec<i32>> = Arc::downgrade(&data);
    println!("weak strong={} weak={} ptr_eq={} as_ptr_eq={}", w.strong_count(), w.weak_count(), w.ptr_eq(&Arc::downgrade(&data)), std::ptr::eq(w.as_ptr(), Arc::as_ptr(&data)));
    let raw_w = w.clone().into_raw();
    let w2 = unsafe { Weak::from_raw(raw_w) };
    println!("weak raw ok={}", w2.upgrade().is_some());
    let z: Arc<MaybeUninit<u32>> = Arc::new_zeroed();
    let zs: Arc<[MaybeUninit<u16>]> = Arc::new_zeroed_slice(3);
    let mut us: Arc<[MaybeUninit<u16>]> = Arc::new_uninit_slice(2);
    for s in Arc::get_mut(&mut us).unwrap().iter_mut() {
        s.write(5);
    }
    println!("zeroed={} zeroed_slice={:?} uninit_slice={:?}", unsafe { z.assume_init() }, unsafe { zs.assume_init() }, unsafe { us.assume_init() });
    let p = Arc::pin(String::from("pinned"));
    println!("pin={}", *p);
    let raw = Arc::into_raw(Arc::new(7u8));
    unsafe {
        Arc::increment_strong_count(raw);
        let a = Arc::from_raw(raw);
        println!("strong after increment={}", Arc::strong_count(&a));
        Arc::decrement_strong_count(raw);
        println!("strong after decrement={}", Arc::strong_count(&a));
    }
    drop(data);
    println!("upgrade after drop={:?}", w.upgrade());
}
