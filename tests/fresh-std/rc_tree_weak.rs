// A tree whose children are owned by Rc and whose parents are Weak: counts, upgrades after drops,
// new_cyclic, raw pointer round trips and the count-adjusting unsafe functions.
use std::cell::RefCell;
use std::rc::{Rc, Weak};

#[derive(Debug)]
struct Node {
    name: String,
    parent: RefCell<Weak<Node>>,
    children: RefCell<Vec<Rc<Node>>>,
}

impl Drop for Node {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn node(name: &str) -> Rc<Node> {
    Rc::new(Node { name: name.to_string(), parent: RefCell::new(Weak::new()), children: RefCell::new(vec![]) })
}

fn path(n: &Rc<Node>) -> String {
    match n.parent.borrow().upgrade() {
        Some(p) => format!("{}/{}", path(&p), n.name),
        None => n.name.clone(),
    }
}

struct Owner {
    id: u32,
    me: Weak<Owner>,
}

impl Owner {
    fn myself(&self) -> Rc<Owner> { self.me.upgrade().unwrap() }
}

fn main() {
    let root = node("root");
    let usr = node("usr");
    let bin = node("bin");
    *usr.parent.borrow_mut() = Rc::downgrade(&root);
    root.children.borrow_mut().push(Rc::clone(&usr));
    *bin.parent.borrow_mut() = Rc::downgrade(&usr);
    usr.children.borrow_mut().push(bin.clone());
    println!("path {}", path(&bin));
    println!("root strong {} weak {}", Rc::strong_count(&root), Rc::weak_count(&root));
    println!("usr strong {} weak {}", Rc::strong_count(&usr), Rc::weak_count(&usr));
    let w = bin.parent.borrow().clone();
    println!("weak to usr: strong {} weak {} {:?}", w.strong_count(), w.weak_count(), w);
    println!("same alloc: {} {}", w.ptr_eq(&Rc::downgrade(&usr)), w.ptr_eq(&Rc::downgrade(&bin)));
    println!("root children {:?}", root.children.borrow().iter().map(|c| c.name.as_str()).collect::<Vec<_>>());

    drop(usr);
    println!("after dropping usr handle: {}", w.upgrade().map(|n| n.name.clone()).unwrap_or_default());
    root.children.borrow_mut().clear();
    println!("cleared; bin path now {}", path(&bin));
    println!("w upgrade {:?} strong {} weak {}", w.upgrade().map(|n| n.name.clone()), w.strong_count(), w.weak_count());

    let empty: Weak<Node> = Weak::new();
    let empty2 = Weak::<i32>::default();
    println!("empty {} {} {:?} {:?}", empty.strong_count(), empty.weak_count(), empty.upgrade().is_none(), empty2);
    println!("empty ptr_eq {}", empty.ptr_eq(&Weak::new()));

    let o = Rc::new_cyclic(|me| Owner { id: 7, me: me.clone() });
    let again = o.myself();
    println!("cyclic id {} strong {} weak {} same {}", again.id, Rc::strong_count(&o), Rc::weak_count(&o), Rc::ptr_eq(&o, &again));
    drop(again);

    let shared = Rc::new(String::from("raw"));
    let p = Rc::into_raw(shared.clone());
    println!("into_raw kept count {}", Rc::strong_count(&shared));
    unsafe {
        println!("through raw: {}", *p);
        Rc::increment_strong_count(p);
        println!("incremented {}", Rc::strong_count(&shared));
        Rc::decrement_strong_count(p);
        let back = Rc::from_raw(p);
        println!("back {} eq {}", back, Rc::ptr_eq(&back, &shared));
    }
    println!("after from_raw drop {}", Rc::strong_count(&shared));
    println!("as_ptr matches deref {}", std::ptr::eq(Rc::as_ptr(&shared), &*shared));

    let weak = Rc::downgrade(&shared);
    let wp = weak.clone().into_raw();
    println!("weak as_ptr == rc as_ptr {}", std::ptr::eq(wp, Rc::as_ptr(&shared)));
    let weak2 = unsafe { Weak::from_raw(wp) };
    println!("weak counts {} {}", weak2.strong_count(), Rc::weak_count(&shared));
    drop(shared);
    println!("dead weak upgrade {:?} as_ptr same {}", weak.upgrade(), std::ptr::eq(weak.as_ptr(), weak2.as_ptr()));
    let dang: Weak<u64> = Weak::new();
    let dp = dang.into_raw();
    println!("dangling raw addr max {}", dp as usize == usize::MAX);
    let dang = unsafe { Weak::from_raw(dp) };
    println!("dangling back {:?}", dang.upgrade());
    println!("end of main");
}
