use std::collections::HashMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct InputCellId(usize);
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ComputeCellId(usize);
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct CallbackId(usize);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CellId {
    Input(InputCellId),
    Compute(ComputeCellId),
}

struct ComputeCell<'a, T> {
    deps: Vec<CellId>,
    func: Box<dyn Fn(&[T]) -> T + 'a>,
    value: T,
    callbacks: HashMap<usize, Box<dyn FnMut(T) + 'a>>,
}

pub struct Reactor<'a, T> {
    inputs: Vec<T>,
    computes: Vec<ComputeCell<'a, T>>,
    next_callback: usize,
}

impl<'a, T: Copy + PartialEq> Reactor<'a, T> {
    pub fn new() -> Self {
        Reactor { inputs: Vec::new(), computes: Vec::new(), next_callback: 0 }
    }

    pub fn create_input(&mut self, initial: T) -> InputCellId {
        self.inputs.push(initial);
        InputCellId(self.inputs.len() - 1)
    }

    pub fn create_compute<F>(&mut self, deps: &[CellId], func: F) -> Result<ComputeCellId, CellId>
    where
        F: Fn(&[T]) -> T + 'a,
    {
        let mut args = Vec::with_capacity(deps.len());
        for &d in deps {
            args.push(self.value(d).ok_or(d)?);
        }
        let value = func(&args);
        self.computes.push(ComputeCell { deps: deps.to_vec(), func: Box::new(func), value, callbacks: HashMap::new() });
        Ok(ComputeCellId(self.computes.len() - 1))
    }

    pub fn value(&self, id: CellId) -> Option<T> {
        match id {
            CellId::Input(InputCellId(i)) => self.inputs.get(i).copied(),
            CellId::Compute(ComputeCellId(i)) => self.computes.get(i).map(|c| c.value),
        }
    }

    pub fn set_value(&mut self, id: InputCellId, new_value: T) -> bool {
        let Some(slot) = self.inputs.get_mut(id.0) else {
            return false;
        };
        *slot = new_value;
        // compute cells are created in dependency order, so one pass suffices
        for i in 0..self.computes.len() {
            let args: Vec<T> = self.computes[i].deps.iter().map(|&d| self.value(d).unwrap()).collect();
            let cell = &mut self.computes[i];
            let new = (cell.func)(&args);
            if new != cell.value {
                cell.value = new;
                let mut keys: Vec<&usize> = cell.callbacks.keys().collect();
                keys.sort();
                let keys: Vec<usize> = keys.into_iter().copied().collect();
                for k in keys {
                    (cell.callbacks.get_mut(&k).unwrap())(new);
                }
            }
        }
        true
    }

    pub fn add_callback<F: FnMut(T) + 'a>(&mut self, id: ComputeCellId, callback: F) -> Option<CallbackId> {
        let cell = self.computes.get_mut(id.0)?;
        let cb = self.next_callback;
        self.next_callback += 1;
        cell.callbacks.insert(cb, Box::new(callback));
        Some(CallbackId(cb))
    }

    pub fn remove_callback(&mut self, cell: ComputeCellId, callback: CallbackId) -> Result<(), &'static str> {
        let c = self.computes.get_mut(cell.0).ok_or("nonexistent cell")?;
        c.callbacks.remove(&callback.0).map(|_| ()).ok_or("nonexistent callback")
    }
}

fn main() {
    let log = std::cell::RefCell::new(Vec::<String>::new());
    {
        let mut r = Reactor::new();
        let a = r.create_input(1);
        let b = r.create_input(2);
        let sum = r.create_compute(&[CellId::Input(a), CellId::Input(b)], |v| v[0] + v[1]).unwrap();
        let times = r.create_compute(&[CellId::Compute(sum), CellId::Input(a)], |v| v[0] * v[1]).unwrap();
        let parity = r.create_compute(&[CellId::Compute(times)], |v| v[0] % 2).unwrap();

        println!("sum={:?} times={:?} parity={:?}", r.value(CellId::Compute(sum)), r.value(CellId::Compute(times)), r.value(CellId::Compute(parity)));

        let cb1 = r.add_callback(times, |v| log.borrow_mut().push(format!("times -> {v}"))).unwrap();
        r.add_callback(parity, |v| log.borrow_mut().push(format!("parity -> {v}")));
        r.add_callback(sum, |v| log.borrow_mut().push(format!("sum -> {v}")));

        for (cell, v) in [(a, 3), (b, 2), (b, 4), (a, 3), (a, -1)] {
            r.set_value(cell, v);
            println!("set {:?}={v}: sum={:?} times={:?} parity={:?}", cell, r.value(CellId::Compute(sum)), r.value(CellId::Compute(times)), r.value(CellId::Compute(parity)));
        }
        println!("remove cb1: {:?}", r.remove_callback(times, cb1));
        println!("remove cb1 again: {:?}", r.remove_callback(times, cb1));
        println!("remove on bad cell: {:?}", r.remove_callback(ComputeCellId(42), cb1));
        r.set_value(a, 10);
        println!("bad dependency: {:?}", r.create_compute(&[CellId::Input(InputCellId(9))], |v| v[0]));
        println!("set missing input: {}", r.set_value(InputCellId(7), 1));
    }
    for (i, line) in log.borrow().iter().enumerate() {
        println!("log[{i}] {line}");
    }
}
