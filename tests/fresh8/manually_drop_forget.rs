use std::mem::{self, ManuallyDrop, needs_drop, size_of};
use std::rc::Rc;

struct Loud {
    id: u32,
}

impl Drop for Loud {
    fn drop(&mut self) {
        println!("  Loud({}) dropped", self.id);
    }
}

#[allow(dead_code)]
struct Plain {
    x: u32,
    y: f64,
}

#[allow(dead_code)]
struct ContainsLoud {
    tag: u8,
    inner: Loud,
}

fn main() {
    println!("-- needs_drop --");
    println!("u64: {}", needs_drop::<u64>());
    println!("Plain: {}", needs_drop::<Plain>());
    println!("&String: {}", needs_drop::<&String>());
    println!("[u8; 16]: {}", needs_drop::<[u8; 16]>());
    println!("String: {}", needs_drop::<String>());
    println!("Vec<u8>: {}", needs_drop::<Vec<u8>>());
    println!("Loud: {}", needs_drop::<Loud>());
    println!("ContainsLoud: {}", needs_drop::<ContainsLoud>());
    println!("Option<Loud>: {}", needs_drop::<Option<Loud>>());
    println!("(u8, String): {}", needs_drop::<(u8, String)>());
    println!("Rc<u8>: {}", needs_drop::<Rc<u8>>());
    println!("ManuallyDrop<String>: {}", needs_drop::<ManuallyDrop<String>>());

    println!("-- sizes --");
    println!("ManuallyDrop<Loud> size={} Loud size={}", size_of::<ManuallyDrop<Loud>>(), size_of::<Loud>());
    println!("Option<ManuallyDrop<Box<u8>>> size={}", size_of::<Option<ManuallyDrop<Box<u8>>>>());

    println!("-- ManuallyDrop suppresses automatic drop --");
    {
        let _auto = Loud { id: 1 };
        let _manual = ManuallyDrop::new(Loud { id: 2 });
        println!("  manual id via deref = {}", _manual.id);
        println!("  leaving scope");
    }
    println!("  (Loud 2 was never dropped)");

    println!("-- ManuallyDrop::drop and into_inner --");
    {
        let mut m = ManuallyDrop::new(Loud { id: 3 });
        m.id += 100;
        println!("  dropping manually now:");
        unsafe { ManuallyDrop::drop(&mut m) };
        println!("  after manual drop");
        let m2 = ManuallyDrop::new(Loud { id: 4 });
        let back: Loud = ManuallyDrop::into_inner(m2);
        println!("  into_inner gave Loud({}), it drops normally:", back.id);
    }

    println!("-- mem::forget --");
    {
        let l = Loud { id: 5 };
        mem::forget(l);
        println!("  forgot Loud(5), no drop message");
    }

    println!("-- forget on Rc keeps the count up --");
    let rc = Rc::new(Loud { id: 6 });
    let extra = Rc::clone(&rc);
    println!("  strong before forget = {}", Rc::strong_count(&rc));
    mem::forget(extra);
    println!("  strong after forget = {}", Rc::strong_count(&rc));
    let weak = Rc::downgrade(&rc);
    drop(rc);
    println!("  after dropping rc: alive = {}", weak.upgrade().is_some());

    println!("-- forget a Vec: contents leak but the program stays safe --");
    let v = vec![Loud { id: 7 }, Loud { id: 8 }];
    println!("  vec len={}", v.len());
    mem::forget(v);

    println!("-- ManuallyDrop field to control order --");
    struct Ordered {
        second: ManuallyDrop<Loud>,
        first: Loud,
    }
    impl Drop for Ordered {
        fn drop(&mut self) {
            println!("  Ordered::drop runs (first={}); ManuallyDrop field is skipped by drop glue", self.first.id);
        }
    }
    {
        let mut o = Ordered { second: ManuallyDrop::new(Loud { id: 10 }), first: Loud { id: 9 } };
        println!("  ids: first={} second={}", o.first.id, o.second.id);
        let taken = unsafe { ManuallyDrop::take(&mut o.second) };
        println!("  took second out: id={}", taken.id);
        drop(o);
        println!("  now dropping the taken value:");
        drop(taken);
    }
    println!("end of main");
}
