// Interior mutability: Cell, RefCell and OnceCell in a cached settings object.
use std::cell::{Cell, OnceCell, RefCell};

struct Settings {
    hits: Cell<u32>,
    name: RefCell<String>,
    computed: OnceCell<String>,
}

fn main() {
    let s = Settings { hits: Cell::new(0), name: RefCell::new("alpha".into()), computed: OnceCell::new() };
    s.hits.set(s.hits.get() + 1);
    s.hits.update(|h| h * 10);
    println!("update={}", s.hits.get());
    let other = Cell::new(99);
    s.hits.swap(&other);
    println!("swap: hits={} other={} replace={} take={}", s.hits.get(), other.get(), other.replace(5), other.take());
    println!("as_ptr read={}", unsafe { *s.hits.as_ptr() });
    let mut owned = Cell::new(3);
    *owned.get_mut() += 1;
    println!("get_mut={} into_inner={}", owned.get(), owned.into_inner());
    let mut value = 8;
    let c = Cell::from_mut(&mut value);
    c.set(9);
    println!("from_mut={}", value);
    let mut arr = [1, 2, 3];
    let cells: &Cell<[i32]> = Cell::from_mut(&mut arr[..]);
    let slice_cells: &[Cell<i32>] = cells.as_slice_of_cells();
    slice_cells[0].set(slice_cells[2].get());
    let mut arr2 = [4, 5];
    let ac: &[Cell<i32>; 2] = Cell::from_mut(&mut arr2).as_array_of_cells();
    ac[1].set(50);
    println!("slice cells={:?} array cells={:?}", arr, arr2);

    println!("borrow={} try_borrow ok={}", s.name.borrow(), s.name.try_borrow().is_ok());
    s.name.borrow_mut().push_str("-1");
    {
        let _g = s.name.borrow_mut();
        println!("try_borrow while mut={} try_borrow_mut={}", s.name.try_borrow().is_err(), s.name.try_borrow_mut().is_err());
    }
    let old = s.name.replace("beta".into());
    let old2 = s.name.replace_with(|cur| format!("{cur}!"));
    println!("replace={} replace_with={} now={}", old, old2, s.name.borrow());
    let other_name = RefCell::new(String::from("gamma"));
    s.name.swap(&other_name);
    println!("swap: {} {}", s.name.borrow(), other_name.borrow());
    println!("as_ptr={}", unsafe { &*s.name.as_ptr() });
    println!("unguarded={:?}", unsafe { s.name.try_borrow_unguarded().map(|n| n.len()) });
    let mut rc = RefCell::new(vec![1]);
    rc.get_mut().push(2);
    println!("get_mut={:?}", rc.borrow());
    let taken = rc.take();
    println!("take={:?} into_inner={:?}", taken, rc.into_inner());

    println!("once get before={:?}", s.computed.get());
    let v = s.computed.get_or_init(|| format!("{}-cached", s.name.borrow()));
    println!("get_or_init={v} set again={:?}", s.computed.set("x".into()));
    let mut oc: OnceCell<u32> = OnceCell::new();
    println!("set={:?} get={:?}", oc.set(1), oc.get());
    if let Some(x) = oc.get_mut() {
        *x += 1;
    }
    println!("get_mut={:?}", oc.get());
    let t = oc.take();
    println!("take={:?} after={:?}", t, oc.get());
    let oc2 = OnceCell::from(7);
    println!("into_inner={:?}", oc2.into_inner());
    let busy = RefCell::new(0);
    let _r = busy.borrow();
    *busy.borrow_mut() = 1;
}
