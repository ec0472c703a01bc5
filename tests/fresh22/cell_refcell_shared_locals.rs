// Cell and RefCell locals shared by reference between structs and closures.
use std::cell::{Cell, RefCell};

struct Meter<'a> {
    name: &'static str,
    total: &'a Cell<u32>,
    events: &'a RefCell<Vec<String>>,
}

impl<'a> Meter<'a> {
    fn record(&self, amount: u32) {
        self.total.set(self.total.get() + amount);
        self.events.borrow_mut().push(format!("{}+{}", self.name, amount));
    }
}

fn bump_all(cells: &[Cell<i32>], by: i32) {
    for c in cells {
        c.set(c.get() + by);
    }
}

fn main() {
    let total = Cell::new(0u32);
    let events = RefCell::new(Vec::new());
    let a = Meter { name: "a", total: &total, events: &events };
    let b = Meter { name: "b", total: &total, events: &events };
    for i in 1..=4 {
        a.record(i);
        b.record(i * 10);
    }
    println!("total = {}", total.get());
    println!("events = {:?}", events.borrow());

    // Closures sharing a Cell via & (Fn, not FnMut).
    let calls = Cell::new(0);
    let square = |x: i32| {
        calls.set(calls.get() + 1);
        x * x
    };
    let cube = |x: i32| {
        calls.set(calls.get() + 1);
        x * x * x
    };
    let mixed: Vec<i32> = (1..=5).map(|x| square(x) + cube(x)).collect();
    println!("mixed = {:?}, calls = {}", mixed, calls.get());

    // Cells in a local array, mutated through shared slices.
    let grid = [Cell::new(1), Cell::new(2), Cell::new(3), Cell::new(4)];
    let view1: &[Cell<i32>] = &grid[..];
    let view2: &[Cell<i32>] = &grid[1..3];
    bump_all(view1, 10);
    bump_all(view2, 100);
    grid[0].swap(&grid[3]);
    let snapshot: Vec<i32> = grid.iter().map(Cell::get).collect();
    println!("grid = {:?}", snapshot);
    println!("replaced old = {}", grid[2].replace(-1));
    println!("taken = {}, now {}", grid[1].take(), grid[1].get());

    // RefCell with scoped borrows; try_borrow_mut shows the conflict.
    let shared = RefCell::new(String::from("start"));
    {
        let r1 = shared.borrow();
        let r2 = shared.borrow();
        println!("two readers: {} / {}", *r1, r2.len());
        println!("try_borrow_mut while reading: {}", shared.try_borrow_mut().is_err());
    }
    {
        let mut w = shared.borrow_mut();
        w.push_str("-edited");
        println!("try_borrow while writing: {}", shared.try_borrow().is_err());
    }
    println!("shared = {}", shared.borrow());

    // RefCell<Vec> used as a work queue by a recursive closure-like fn.
    let queue = RefCell::new(vec![12u32]);
    let out = RefCell::new(Vec::new());
    fn step(queue: &RefCell<Vec<u32>>, out: &RefCell<Vec<u32>>) -> bool {
        let next = queue.borrow_mut().pop();
        match next {
            Some(n) => {
                out.borrow_mut().push(n);
                if n > 1 {
                    queue.borrow_mut().push(n / 2);
                    if n % 3 == 0 {
                        queue.borrow_mut().push(n / 3);
                    }
                }
                true
            }
            None => false,
        }
    }
    let mut steps = 0;
    while step(&queue, &out) {
        steps += 1;
    }
    println!("steps = {}, out = {:?}", steps, out.borrow());
    let out_vec = out.into_inner();
    println!("sum out = {}", out_vec.iter().sum::<u32>());
}
