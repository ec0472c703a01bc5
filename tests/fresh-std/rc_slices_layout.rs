// Rc<[T]>, Rc<str> and friends: every conversion, their allocations (one block: two counters then the
// data, padded to the alignment), sizes, downcasting, unsized coercions and uninitialized blocks.
use std::any::Any;
use std::borrow::Cow;
use std::fmt::Display;
use std::mem::{size_of, MaybeUninit};
use std::rc::{Rc, Weak};

fn addr<T: ?Sized>(r: &Rc<T>) -> isize { Rc::as_ptr(r) as *const u8 as isize }

fn main() {
    println!("sizes {} {} {} {} {}", size_of::<Rc<u8>>(), size_of::<Rc<str>>(), size_of::<Rc<[u64]>>(), size_of::<Option<Rc<i32>>>(), size_of::<Weak<dyn Display>>());

    let data = [1u8, 2, 3, 4, 5];
    let a: Rc<[u8]> = Rc::from(&data[..]);
    let b: Rc<[u8]> = Rc::from(&data[..2]);
    let c = Box::new(0u8);
    println!("a {:?} b {:?}", a, b);
    println!("gaps {} {}", addr(&b) - addr(&a), &*c as *const u8 as isize - addr(&b));

    let v = vec![10u32, 20, 30];
    let from_vec: Rc<[u32]> = Rc::from(v);
    let from_arr: Rc<[u32]> = Rc::from([7u32, 8]);
    let collected: Rc<[u32]> = (1..=4).map(|x| x * x).collect();
    let filtered: Rc<[u32]> = (1..10).filter(|x| x % 3 == 0).collect();
    println!("{:?} {:?} {:?} {:?}", from_vec, from_arr, collected, filtered);
    println!("gaps {} {} {}", addr(&from_arr) - addr(&from_vec), addr(&collected) - addr(&from_arr), addr(&filtered) - addr(&collected));

    let mut owned = vec![String::from("x"), String::from("y")];
    let strs: Rc<[String]> = Rc::from(&mut owned[..]);
    println!("cloned strings {:?} orig {:?}", strs, owned);

    let s1: Rc<str> = Rc::from("hello");
    let s2: Rc<str> = Rc::from(String::from("world!"));
    let mut m = String::from("mut str");
    let s3: Rc<str> = Rc::from(m.as_mut_str());
    let s4: Rc<str> = Rc::from(Cow::Borrowed("cow"));
    let s5: Rc<str> = Rc::from(Cow::<str>::Owned("owned cow".to_string()));
    println!("{} {} {} {} {} len {}", s1, s2, s3, s4, s5, s1.len());
    println!("gaps {} {}", addr(&s2) - addr(&s1), addr(&s3) - addr(&s2));
    let bytes: Rc<[u8]> = Rc::from(s1.clone());
    println!("bytes {:?} strong of s1 {}", bytes, Rc::strong_count(&s1));

    let d1: Rc<str> = Default::default();
    let d2: Rc<[i64]> = Default::default();
    let d3: Rc<Vec<u8>> = Default::default();
    println!("defaults {:?} {:?} {:?}", d1, d2, d3);

    let arr: Result<Rc<[u32; 3]>, _> = Rc::<[u32; 3]>::try_from(from_vec.clone());
    println!("try_from ok {:?}", arr.map(|a| a[2]));
    let bad: Result<Rc<[u32; 2]>, Rc<[u32]>> = from_vec.clone().try_into();
    println!("try_from err {:?}", bad.map(|a| a[0]).unwrap_err());

    let boxed: Box<[u16]> = vec![5, 6, 7].into_boxed_slice();
    let rb: Rc<[u16]> = Rc::from(boxed);
    let rbs: Rc<str> = Rc::from(String::from("boxed str").into_boxed_str());
    let rbt: Rc<(u8, u64)> = Rc::from(Box::new((1, 2)));
    println!("from boxes {:?} {} {:?}", rb, rbs, rbt);

    let any: Rc<dyn Any> = Rc::new(42i32);
    let any2 = any.clone();
    match any.downcast::<String>() {
        Ok(s) => println!("string {}", s),
        Err(back) => println!("not a string; strong {}", Rc::strong_count(&back)),
    }
    let n = any2.downcast::<i32>().unwrap();
    println!("downcast i32 {}", n);

    let shown: Vec<Rc<dyn Display>> = vec![Rc::new(1.5f64), Rc::new("two"), Rc::new('3')];
    let text: Vec<String> = shown.iter().map(|d| d.to_string()).collect();
    println!("dyn display {:?}", text);
    let w: Weak<dyn Display> = Rc::downgrade(&shown[0]);
    println!("weak dyn upgrade {}", w.upgrade().unwrap());

    let mut u = Rc::<u64>::new_uninit();
    Rc::get_mut(&mut u).unwrap().write(99);
    let u = unsafe { u.assume_init() };
    let z = Rc::<u32>::new_zeroed();
    let z = unsafe { z.assume_init() };
    let mut us = Rc::<[u16]>::new_uninit_slice(3);
    for (i, slot) in Rc::get_mut(&mut us).unwrap().iter_mut().enumerate() {
        slot.write(i as u16 * 11);
    }
    let us: Rc<[u16]> = unsafe { us.assume_init() };
    let zs: Rc<[MaybeUninit<u8>]> = Rc::new_zeroed_slice(4);
    let zs = unsafe { zs.assume_init() };
    println!("uninit {} {} {:?} {:?}", u, z, us, zs);
    println!("gaps {} {}", addr(&z) - addr(&u), addr(&us) - addr(&z));
    let pinned = Rc::pin(5u8);
    println!("pinned {}", *pinned);
}
