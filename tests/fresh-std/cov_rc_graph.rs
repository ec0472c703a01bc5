// A small object graph with Rc and rc::Weak: cycles, raw pointers and counts.
use std::any::Any;
use std::cell::RefCell;
use std::mem::MaybeUninit;
use std::rc::{Rc, Weak};

struct Node {
    name: String,
    me: Weak<Node>,
    children: RefCell<Vec<Rc<Node>>>,
}

fn main() {
    let root = Rc::new_cyclic(|me: &Weak<Node>| Node { name: "root".into(), me: me.clone(), children: RefCell::new(vec![]) });
    let child = Rc::new(Node { name: "child".into(), me: Weak::new(), children: RefCell::new(vec![]) });
    root.children.borrow_mut().push(Rc::clone(&child));
    println!("root self-upgrade={:?}", root.me.upgrade().map(|n| n.name.clone()));
    println!("strong={} weak={}", Rc::strong_count(&root), Rc::weak_count(&root));
    let w = Rc::downgrade(&child);
    println!("weak strong_count={} weak_count={} upgrade={:?}", w.strong_count(), w.weak_count(), w.upgrade().map(|c| c.name.clone()));
    println!("weak ptr_eq={} as_ptr_eq={}", w.ptr_eq(&Rc::downgrade(&child)), std::ptr::eq(w.as_ptr(), Rc::as_ptr(&child)));
    let empty: Weak<Node> = Weak::new();
    println!("empty weak: strong={} weak={} upgrade none={}", empty.strong_count(), empty.weak_count(), empty.upgrade().is_none());
    let raw_w = w.clone().into_raw();
    let w2 = unsafe { Weak::from_raw(raw_w) };
    println!("weak raw round trip ok={}", w2.upgrade().is_some());
    let mut u: Rc<MaybeUninit<u32>> = Rc::new_uninit();
    Rc::get_mut(&mut u).unwrap().write(12);
    let u = unsafe { u.assume_init() };
    let z: Rc<MaybeUninit<u64>> = Rc::new_zeroed();
    println!("new_uninit={} new_zeroed={}", u, unsafe { z.assume_init() });
    let mut sl: Rc<[MaybeUninit<u8>]> = Rc::new_uninit_slice(2);
    for (i, s) in Rc::get_mut(&mut sl).unwrap().iter_mut().enumerate() {
        s.write(i as u8 + 1);
    }
    let zsl: Rc<[MaybeUninit<u8>]> = Rc::new_zeroed_slice(2);
    println!("slices={:?} {:?}", unsafe { sl.assume_init() }, unsafe { zsl.assume_init() });
    let pinned = Rc::pin(3);
    println!("pin={}", *pinned);
    let raw = Rc::into_raw(Rc::new(String::from("shared")));
    unsafe {
        Rc::increment_strong_count(raw);
        let a = Rc::from_raw(raw);
        println!("after increment: strong={}", Rc::strong_count(&a));
        Rc::decrement_strong_count(raw);
        println!("after decrement: strong={}", Rc::strong_count(&a));
    }
    let any: Rc<dyn Any> = Rc::new(99i64);
    match any.downcast::<i64>() {
        Ok(v) => println!("downcast i64={}", v),
        Err(_) => println!("not i64"),
    }
    let mut shared = Rc::new(vec![1]);
    let other = Rc::clone(&shared);
    Rc::make_mut(&mut shared).push(2);
    println!("make_mut: {:?} {:?} ptr_eq={}", shared, other, Rc::ptr_eq(&shared, &other));
    println!("try_unwrap={:?} into_inner={:?} unwrap_or_clone={:?}", Rc::try_unwrap(Rc::new(1)), Rc::into_inner(Rc::new(2)), Rc::unwrap_or_clone(other));
    drop(root);
    println!("child alive={} weak after drop={:?}", Rc::strong_count(&child), w.upgrade().is_some());
    let gone = Rc::downgrade(&Rc::new(0));
    gone.upgrade().expect("value dropped");
}
