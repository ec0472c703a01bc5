use std::rc::{Rc, Weak};
use std::ptr;

struct Resource {
    name: String,
}

impl Drop for Resource {
    fn drop(&mut self) {
        println!("  Resource {} freed", self.name);
    }
}

// Pretend C-style API: hands out opaque pointers, takes them back later.
fn hand_out(rc: &Rc<Resource>) -> *const Resource {
    Rc::into_raw(Rc::clone(rc))
}

unsafe fn peek(p: *const Resource) -> usize {
    // Borrow without taking ownership: increment, rebuild, let it drop.
    unsafe {
        Rc::increment_strong_count(p);
        let tmp = Rc::from_raw(p);
        Rc::strong_count(&tmp)
    }
}

unsafe fn give_back(p: *const Resource) {
    unsafe { drop(Rc::from_raw(p)) };
}

fn main() {
    let a = Rc::new(Resource { name: "alpha".into() });
    println!("start strong={} weak={}", Rc::strong_count(&a), Rc::weak_count(&a));

    let raw1 = hand_out(&a);
    let raw2 = hand_out(&a);
    println!("after two hand_outs strong={}", Rc::strong_count(&a));
    println!("raw pointers equal Rc::as_ptr: {} {}", ptr::eq(raw1, Rc::as_ptr(&a)), raw1 == raw2);
    println!("name via raw: {}", unsafe { &(*raw1).name });

    let seen = unsafe { peek(raw1) };
    println!("peek saw strong={}, now strong={}", seen, Rc::strong_count(&a));

    unsafe { give_back(raw1) };
    println!("gave back one, strong={}", Rc::strong_count(&a));

    let w: Weak<Resource> = Rc::downgrade(&a);
    let weak_raw = w.into_raw();
    println!("weak count via into_raw={}", Rc::weak_count(&a));
    let w_back = unsafe { Weak::from_raw(weak_raw) };
    println!("weak upgrade works: {}", w_back.upgrade().map(|r| r.name.clone()).unwrap_or_default());

    let b = Rc::new(Resource { name: "beta".into() });
    let b2 = Rc::clone(&b);
    println!("Rc::ptr_eq(a,b)={} Rc::ptr_eq(b,b2)={}", Rc::ptr_eq(&a, &b), Rc::ptr_eq(&b, &b2));

    println!("dropping a (one raw still out):");
    drop(a);
    println!("  still alive through raw2: {}", unsafe { &(*raw2).name });
    println!("  weak upgrade now: {}", w_back.upgrade().is_some());
    println!("reclaiming raw2:");
    unsafe { give_back(raw2) };
    println!("  weak upgrade after last strong: {}", w_back.upgrade().is_some());

    let mut unique = Rc::new(Resource { name: "gamma".into() });
    if let Some(m) = Rc::get_mut(&mut unique) {
        m.name.push_str("-mut");
    }
    let shared = Rc::clone(&unique);
    println!("get_mut when shared: {}", Rc::get_mut(&mut unique).is_some());
    drop(shared);
    match Rc::try_unwrap(unique) {
        Ok(r) => println!("try_unwrap succeeded: {}", r.name),
        Err(_) => println!("try_unwrap failed"),
    }
    println!("end of main; b count {}", Rc::strong_count(&b));
}
