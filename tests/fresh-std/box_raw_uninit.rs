// Box ownership handed around as raw pointers, leaked, built in place from uninitialized memory,
// pinned, and trait objects (Any downcasts, closures, iterators, hashers).
use std::any::Any;
use std::collections::hash_map::DefaultHasher;
use std::fmt::Debug;
use std::hash::Hasher;
use std::mem::MaybeUninit;
use std::pin::Pin;

#[derive(Debug)]
struct Packet {
    id: u32,
    body: Vec<u8>,
}

impl Drop for Packet {
    fn drop(&mut self) {
        println!("drop packet {}", self.id);
    }
}

fn describe(v: Box<dyn Any>) -> String {
    match v.downcast::<Packet>() {
        Ok(p) => format!("packet {} ({} bytes)", p.id, p.body.len()),
        Err(v) => match v.downcast::<String>() {
            Ok(s) => format!("string {:?}", s),
            Err(v) => format!("unknown, is i32: {}", v.is::<i32>()),
        },
    }
}

fn make_counter() -> Box<dyn FnMut() -> u32> {
    let mut n = 0;
    Box::new(move || {
        n += 1;
        n
    })
}

fn main() {
    let p = Box::new(Packet { id: 1, body: vec![1, 2, 3] });
    let raw = Box::into_raw(p);
    unsafe { (*raw).id = 11 };
    let p = unsafe { Box::from_raw(raw) };
    println!("round trip {:?}", p);
    drop(p);

    let leaked: &'static mut Vec<i32> = Box::leak(Box::new(vec![1]));
    leaked.push(2);
    println!("leaked {:?}", leaked);
    let name: &'static str = Box::leak(String::from("forever").into_boxed_str());
    println!("leaked str {}", name);

    let mut u = Box::<Packet>::new_uninit();
    u.write(Packet { id: 2, body: vec![] });
    let u = unsafe { u.assume_init() };
    let w = Box::write(Box::<u64>::new_uninit(), 77);
    let z = unsafe { Box::<[u32; 4]>::new_zeroed().assume_init() };
    let mut s = Box::<[String]>::new_uninit_slice(2);
    s[0].write("a".into());
    s[1].write("b".into());
    let s = unsafe { s.assume_init() };
    let zs: Box<[MaybeUninit<u16>]> = Box::new_zeroed_slice(3);
    let zs = unsafe { zs.assume_init() };
    println!("uninit {:?} {} {:?} {:?} {:?}", u, w, z, s, zs);

    let pinned: Pin<Box<Packet>> = Box::pin(Packet { id: 3, body: vec![9] });
    println!("pinned id {}", pinned.id);
    let pinned2: Pin<Box<i32>> = Box::into_pin(Box::new(4));
    let pinned3: Pin<Box<str>> = Pin::from(Box::<str>::from("pin"));
    println!("pinned {} {}", *pinned2, &*pinned3);

    println!("{}", describe(Box::new(Packet { id: 4, body: vec![0; 10] })));
    println!("{}", describe(Box::new(String::from("hi"))));
    println!("{}", describe(Box::new(5i32)));
    let sendable: Box<dyn Any + Send> = Box::new(2.5f64);
    println!("send downcast {:?}", sendable.downcast::<f64>().map(|b| *b));
    let ss: Box<dyn Any + Send + Sync> = Box::new('c');
    println!("send sync downcast {:?}", ss.downcast::<u8>().is_err());

    let mut counter = make_counter();
    counter();
    counter();
    println!("counter {}", counter());
    let adders: Vec<Box<dyn Fn(i32) -> i32>> = vec![Box::new(|x| x + 1), Box::new(|x| x * 10)];
    println!("fns {:?}", adders.iter().map(|f| f(3)).collect::<Vec<_>>());
    let once: Box<dyn FnOnce() -> String> = Box::new(|| String::from("called once"));
    println!("{}", once());

    let mut it: Box<dyn DoubleEndedIterator<Item = u32>> = Box::new(1..=6);
    println!("iter next {:?} back {:?} nth {:?}", it.next(), it.next_back(), it.nth(1));
    let rest: Vec<u32> = it.collect();
    println!("rest {:?}", rest);
    let ex: Box<dyn ExactSizeIterator<Item = char>> = Box::new(vec!['a', 'b', 'c'].into_iter());
    println!("exact len {} last {:?}", ex.len(), ex.last());
    let mut h: Box<DefaultHasher> = Box::new(DefaultHasher::new());
    h.write_u32(7);
    let mut h2 = DefaultHasher::new();
    h2.write_u32(7);
    println!("boxed hasher agrees {}", h.finish() == h2.finish());

    let items: Vec<Box<dyn Debug>> = vec![Box::new(1u8), Box::new("two"), Box::new([3.0f32])];
    println!("{:?}", items);
    println!("end");
}
