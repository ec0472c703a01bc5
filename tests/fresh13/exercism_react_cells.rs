use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CellId {
    Input(usize),
    Compute(usize),
}

type ComputeFn<T> = Box<dyn Fn(&[T]) -> T>;
type Callback<T> = Box<dyn FnMut(T)>;

struct ComputeCell<T> {
    deps: Vec<CellId>,
    func: ComputeFn<T>,
    value: T,
    callbacks: BTreeMap<usize, Callback<T>>,
}

#[derive(Default)]
pub struct Reactor<T> {
    inputs: Vec<T>,
    computes: Vec<ComputeCell<T>>,
    next_cb: usize,
}

impl<T: Copy + PartialEq + Default> Reactor<T> {
    pub fn new() -> Self {
        Reactor { inputs: Vec::new(), computes: Vec::new(), next_cb: 0 }
    }
    pub fn create_input(&mut self, v: T) -> CellId {
        self.inputs.push(v);
        CellId::Input(self.inputs.len() - 1)
    }
    pub fn value(&self, id: CellId) -> Option<T> {
        match id {
            CellId::Input(i) => self.inputs.get(i).copied(),
            CellId::Compute(i) => self.computes.get(i).map(|c| c.value),
        }
    }
    pub fn create_compute<F: Fn(&[T]) -> T + 'static>(&mut self, deps: &[CellId], f: F) -> Result<CellId, CellId> {
        let vals = deps.iter().map(|&d| self.value(d).ok_or(d)).collect::<Result<Vec<T>, CellId>>()?;
        let value = f(&vals);
        self.computes.push(ComputeCell { deps: deps.to_vec(), func: Box::new(f), value, callbacks: BTreeMap::new() });
        Ok(CellId::Compute(self.computes.len() - 1))
    }
    pub fn add_callback<F: FnMut(T) + 'static>(&mut self, id: CellId, f: F) -> Option<usize> {
        let CellId::Compute(i) = id else { return None };
        let cell = self.computes.get_mut(i)?;
        self.next_cb += 1;
        cell.callbacks.insert(self.next_cb, Box::new(f));
        Some(self.next_cb)
    }
    pub fn remove_callback(&mut self, id: CellId, cb: usize) -> bool {
        let CellId::Compute(i) = id else { return false };
        self.computes.get_mut(i).is_some_and(|c| c.callbacks.remove(&cb).is_some())
    }
    pub fn set_value(&mut self, id: CellId, v: T) -> bool {
        let CellId::Input(i) = id else { return false };
        let Some(slot) = self.inputs.get_mut(i) else { return false };
        *slot = v;
        // compute cells only depend on earlier cells, so index order is a topological order
        for idx in 0..self.computes.len() {
            let vals: Vec<T> = self.computes[idx].deps.iter().map(|&d| self.value(d).unwrap()).collect();
            let cell = &mut self.computes[idx];
            let new = (cell.func)(&vals);
            if new != cell.value {
                cell.value = new;
                cell.callbacks.values_mut().for_each(|cb| cb(new));
            }
        }
        true
    }
}

fn main() {
    let log: Rc<RefCell<Vec<String>>> = Rc::default();
    let mut r: Reactor<i64> = Reactor::new();
    let a = r.create_input(1);
    let b = r.create_input(10);
    let sum = r.create_compute(&[a, b], |v| v[0] + v[1]).unwrap();
    let doubled = r.create_compute(&[sum], |v| v[0] * 2).unwrap();
    let parity = r.create_compute(&[a], |v| v[0] % 2).unwrap();
    let mixed = r.create_compute(&[doubled, parity, b], |v| v[0] * 100 + v[1] * 10 + v[2]).unwrap();

    let l1 = Rc::clone(&log);
    let cb_doubled = r.add_callback(doubled, move |v| l1.borrow_mut().push(format!("doubled->{v}"))).unwrap();
    let l2 = Rc::clone(&log);
    r.add_callback(parity, move |v| l2.borrow_mut().push(format!("parity->{v}")));
    let l3 = Rc::clone(&log);
    r.add_callback(mixed, move |v| l3.borrow_mut().push(format!("mixed->{v}")));

    println!("initial: sum={:?} doubled={:?} parity={:?} mixed={:?}",
        r.value(sum), r.value(doubled), r.value(parity), r.value(mixed));
    for (cell, v) in [(a, 2), (a, 2), (b, 9), (a, 3), (b, 7)] {
        r.set_value(cell, v);
        let events: Vec<String> = log.borrow_mut().drain(..).collect();
        println!("set {cell:?}={v}: mixed={:?} events={events:?}", r.value(mixed));
        if cell == b && v == 9 {
            println!("  removing doubled callback: {}", r.remove_callback(doubled, cb_doubled));
        }
    }
    println!("bad dep: {:?}", r.create_compute(&[CellId::Input(42)], |v| v[0]));
    println!("set on compute cell: {}", r.set_value(sum, 5));
    println!("remove twice: {}", r.remove_callback(doubled, cb_doubled));
}
