// Cell and UnsafeCell: replacing, swapping, updating through shared references, views of slices as
// cells, and their Debug/Clone/Ord/Default/From impls and sizes.
use std::cell::{Cell, UnsafeCell};
use std::mem::size_of;

struct Counter {
    hits: Cell<u32>,
    last: Cell<Option<&'static str>>,
}

impl Counter {
    fn hit(&self, who: &'static str) {
        self.hits.set(self.hits.get() + 1);
        self.last.replace(Some(who));
    }
}

fn main() {
    println!("sizes {} {} {} {}", size_of::<Cell<u8>>(), size_of::<Cell<String>>(), size_of::<UnsafeCell<u64>>(), size_of::<Option<Cell<u32>>>());
    let c = Counter { hits: Cell::new(0), last: Cell::new(None) };
    c.hit("a");
    c.hit("b");
    println!("hits {} last {:?}", c.hits.get(), c.last.get());

    let x = Cell::new(5);
    let y = Cell::new(9);
    x.swap(&y);
    println!("swapped {} {}", x.get(), y.get());
    x.swap(&x);
    let old = x.replace(12);
    println!("replaced {} now {:?}", old, x);
    x.update(|v| v * 2);
    println!("updated {}", x.get());
    let s = Cell::new(String::from("taken"));
    let t = s.take();
    println!("take {:?} left {:?}", t, s.into_inner());

    let mut m = Cell::new(1);
    *m.get_mut() += 41;
    println!("get_mut {}", m.get());
    let mut plain = 3;
    let view = Cell::from_mut(&mut plain);
    view.set(4);
    println!("from_mut {}", plain);

    let mut arr = [1, 2, 3, 4];
    let cells: &Cell<[i32]> = Cell::from_mut(&mut arr[..]);
    let slice = cells.as_slice_of_cells();
    for i in 1..slice.len() {
        slice[i].set(slice[i].get() + slice[i - 1].get());
    }
    println!("prefix sums {:?}", arr);
    let mut arr2 = [10u8, 20, 30];
    let ac: &Cell<[u8; 3]> = Cell::from_mut(&mut arr2);
    let parts: &[Cell<u8>; 3] = ac.as_array_of_cells();
    parts[0].swap(&parts[2]);
    let as_slice: &[Cell<u8>] = ac.as_ref();
    as_slice[1].set(0);
    println!("array cells {:?}", arr2);

    let a = Cell::new(3);
    let b = a.clone();
    b.set(4);
    println!("clone {:?} {:?} eq {} lt {} cmp {:?} max {:?}", a, b, a == b, a < b, a.cmp(&b), std::cmp::max(a.clone(), b.clone()));
    let d: Cell<u16> = Default::default();
    let f: Cell<char> = Cell::from('z');
    println!("default {:?} from {:?} ptr {}", d, f, unsafe { *f.as_ptr() });
    println!("nested {:?}", Cell::new((1, "two")));

    let u = UnsafeCell::new(vec![1]);
    unsafe { (*u.get()).push(2) };
    let raw = UnsafeCell::raw_get(&u as *const UnsafeCell<Vec<i32>>);
    unsafe { (*raw).push(3) };
    println!("unsafe cell {:?} debug {:?}", unsafe { &*u.get() }, u);
    let mut u2: UnsafeCell<i32> = UnsafeCell::default();
    *u2.get_mut() = 8;
    let mut n = 1;
    *UnsafeCell::from_mut(&mut n).get_mut() += 1;
    println!("into_inner {} {} from {}", u2.into_inner(), n, UnsafeCell::from(5).into_inner());
}
