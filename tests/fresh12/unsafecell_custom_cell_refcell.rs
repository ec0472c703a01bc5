use std::cell::{Cell, UnsafeCell};

struct MyCell<T> {
    value: UnsafeCell<T>,
}

impl<T: Copy> MyCell<T> {
    fn new(v: T) -> Self {
        MyCell { value: UnsafeCell::new(v) }
    }
    fn get(&self) -> T {
        unsafe { *self.value.get() }
    }
    fn set(&self, v: T) {
        unsafe { *self.value.get() = v };
    }
}

// A minimal RefCell: borrow state tracked in a Cell<isize>.
struct MyRefCell<T> {
    state: Cell<isize>, // >0 shared borrows, -1 exclusive
    value: UnsafeCell<T>,
}

struct Ref<'a, T> {
    cell: &'a MyRefCell<T>,
}
struct RefMut<'a, T> {
    cell: &'a MyRefCell<T>,
}

impl<T> MyRefCell<T> {
    fn new(v: T) -> Self {
        MyRefCell { state: Cell::new(0), value: UnsafeCell::new(v) }
    }
    fn try_borrow(&self) -> Option<Ref<'_, T>> {
        let s = self.state.get();
        if s < 0 { return None; }
        self.state.set(s + 1);
        Some(Ref { cell: self })
    }
    fn try_borrow_mut(&self) -> Option<RefMut<'_, T>> {
        if self.state.get() != 0 { return None; }
        self.state.set(-1);
        Some(RefMut { cell: self })
    }
}

impl<T> std::ops::Deref for Ref<'_, T> {
    type Target = T;
    fn deref(&self) -> &T { unsafe { &*self.cell.value.get() } }
}
impl<T> Drop for Ref<'_, T> {
    fn drop(&mut self) { self.cell.state.set(self.cell.state.get() - 1); }
}
impl<T> std::ops::Deref for RefMut<'_, T> {
    type Target = T;
    fn deref(&self) -> &T { unsafe { &*self.cell.value.get() } }
}
impl<T> std::ops::DerefMut for RefMut<'_, T> {
    fn deref_mut(&mut self) -> &mut T { unsafe { &mut *self.cell.value.get() } }
}
impl<T> Drop for RefMut<'_, T> {
    fn drop(&mut self) { self.cell.state.set(0); }
}

struct Counter<'a> {
    hits: &'a MyCell<u32>,
}
impl Counter<'_> {
    fn hit(&self) { self.hits.set(self.hits.get() + 1); }
}

fn main() {
    let c = MyCell::new(10u32);
    let a = Counter { hits: &c };
    let b = Counter { hits: &c };
    a.hit(); b.hit(); a.hit();
    println!("shared counter = {}", c.get());

    let rc = MyRefCell::new(vec![1, 2, 3]);
    {
        let r1 = rc.try_borrow().unwrap();
        let r2 = rc.try_borrow().unwrap();
        println!("two readers: {:?} {:?}, state {}", *r1, r2.len(), rc.state.get());
        println!("borrow_mut while reading: {}", rc.try_borrow_mut().is_some());
    }
    {
        let mut w = rc.try_borrow_mut().unwrap();
        w.push(4);
        println!("writer active: state {}, read allowed {}", rc.state.get(), rc.try_borrow().is_some());
    }
    println!("after writer: {:?} state {}", *rc.try_borrow().unwrap(), rc.state.get());

    let std_cell = Cell::new(5);
    let old = std_cell.replace(6);
    std_cell.set(std_cell.get() * 2);
    println!("std Cell: old {} new {} take {}", old, std_cell.get(), std_cell.take());
    let arr = Cell::new([1u8, 2, 3]);
    let mut raw = [7u8, 8, 9];
    let slice_cells: &[Cell<u8>] = Cell::from_mut(&mut raw[..]).as_slice_of_cells();
    slice_cells[0].set(slice_cells[2].get() + 1);
    println!("slice of cells {:?} arr {:?}", slice_cells.iter().map(Cell::get).collect::<Vec<_>>(), arr.get());
    println!("UnsafeCell<u64> size {}", std::mem::size_of::<UnsafeCell<u64>>());
}
