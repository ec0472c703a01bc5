// RefCell borrow tracking: guards counting up and down, try_borrow errors, mapped and split guards,
// replace/swap/take, and the Debug output while a mutable borrow is held.
use std::cell::{BorrowError, BorrowMutError, Ref, RefCell, RefMut};
use std::collections::BTreeMap;
use std::error::Error;

#[derive(Debug, Default, Clone, PartialEq, PartialOrd)]
struct Inventory {
    items: BTreeMap<String, u32>,
    log: Vec<String>,
}

fn add(inv: &RefCell<Inventory>, name: &str, n: u32) {
    let mut g = inv.borrow_mut();
    *g.items.entry(name.to_string()).or_insert(0) += n;
    g.log.push(format!("+{} {}", n, name));
}

fn main() {
    println!("sizes {} {} {}", std::mem::size_of::<RefCell<u32>>(), std::mem::size_of::<Ref<'_, u32>>(), std::mem::size_of::<RefMut<'_, [u8]>>());
    let inv = RefCell::new(Inventory::default());
    add(&inv, "apple", 3);
    add(&inv, "pear", 1);
    add(&inv, "apple", 2);
    {
        let r1 = inv.borrow();
        let r2 = inv.borrow();
        println!("two readers {:?} {}", r1.items, r2.log.len());
        println!("try_borrow_mut while read: {:?}", inv.try_borrow_mut().map(|_| ()));
        let e: BorrowMutError = inv.try_borrow_mut().err().unwrap();
        println!("err display '{}' debug {:?}", e, e);
        let r3 = Ref::clone(&r1);
        drop(r1);
        drop(r2);
        println!("still borrowed by clone: {}", inv.try_borrow_mut().is_err());
        drop(r3);
    }
    {
        let w = inv.borrow_mut();
        println!("debug while written {:?}", inv);
        let e: BorrowError = inv.try_borrow().err().unwrap();
        println!("err display '{}' debug {:?}", e, e);
        let boxed: Box<dyn Error> = Box::new(e);
        println!("as dyn Error: {}", boxed);
        println!("unguarded: {}", unsafe { inv.try_borrow_unguarded() }.is_err());
        drop(w);
    }
    println!("unguarded after: {:?}", unsafe { inv.try_borrow_unguarded() }.map(|i| i.log.len()));

    let apples: Ref<u32> = Ref::map(inv.borrow(), |i| &i.items["apple"]);
    println!("mapped ref {} display {}", *apples, apples);
    drop(apples);
    let found = Ref::filter_map(inv.borrow(), |i| i.items.get("kiwi"));
    println!("filter_map kiwi is_err {}", found.is_err());
    drop(found);
    {
        let (items, log) = Ref::map_split(inv.borrow(), |i| (&i.items, &i.log));
        println!("split {:?} / {:?}", items.keys().collect::<Vec<_>>(), log.first());
    }
    {
        let mut count = RefMut::map(inv.borrow_mut(), |i| i.items.get_mut("pear").unwrap());
        *count += 10;
        println!("refmut mapped {:?}", count);
    }
    {
        let (mut items, mut log) = RefMut::map_split(inv.borrow_mut(), |i| (&mut i.items, &mut i.log));
        items.remove("apple");
        log.push("removed apple".into());
        println!("both mutable halves held; borrow fails {}", inv.try_borrow().is_err());
    }
    match RefMut::filter_map(inv.borrow_mut(), |i| i.log.last_mut()) {
        Ok(mut last) => last.push_str(" (done)"),
        Err(_) => println!("no log"),
    }
    println!("{:?}", inv.borrow());

    let a = RefCell::new(vec![1, 2]);
    let b = RefCell::new(vec![9]);
    a.swap(&b);
    let old = a.replace(vec![7, 7]);
    let prev = b.replace_with(|v| v.iter().map(|x| x * 10).collect());
    println!("swap/replace {:?} {:?} old {:?} prev {:?}", a, b, old, prev);
    println!("take {:?} left {:?}", b.take(), b);
    let c = a.clone();
    c.borrow_mut().push(1);
    println!("clone {:?} eq {} lt {} cmp {:?}", c, a == c, a < c, a.borrow().cmp(&c.borrow()));
    let mut d = RefCell::from(5);
    *d.get_mut() += 1;
    println!("get_mut {} as_ptr {}", d.borrow(), unsafe { *d.as_ptr() });
    println!("into_inner {}", d.into_inner());
    let mut e = RefCell::new(String::from("e"));
    e.clone_from(&RefCell::new(String::from("from")));
    println!("clone_from {:?} default {:?}", e, RefCell::<Vec<u8>>::default());
}
