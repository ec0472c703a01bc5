use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum CellId {
    Input(usize),
    Compute(usize),
}

struct ComputeCell {
    deps: Vec<CellId>,
    func: Box<dyn Fn(&[i64]) -> i64>,
    value: i64,
}

#[derive(Default)]
struct Reactor {
    inputs: Vec<i64>,
    computed: Vec<ComputeCell>,
    callbacks: BTreeMap<usize, Vec<Box<dyn FnMut(usize, i64)>>>,
}

impl Reactor {
    fn create_input(&mut self, v: i64) -> CellId {
        self.inputs.push(v);
        CellId::Input(self.inputs.len() - 1)
    }

    fn value(&self, id: CellId) -> Option<i64> {
        match id {
            CellId::Input(i) => self.inputs.get(i).copied(),
            CellId::Compute(i) => self.computed.get(i).map(|c| c.value),
        }
    }

    fn create_compute(&mut self, deps: &[CellId], func: impl Fn(&[i64]) -> i64 + 'static) -> Result<CellId, CellId> {
        let vals: Vec<i64> = deps.iter().map(|&d| self.value(d).ok_or(d)).collect::<Result<_, _>>()?;
        let value = func(&vals);
        self.computed.push(ComputeCell { deps: deps.to_vec(), func: Box::new(func), value });
        Ok(CellId::Compute(self.computed.len() - 1))
    }

    fn add_callback(&mut self, cell: usize, cb: Box<dyn FnMut(usize, i64)>) {
        self.callbacks.entry(cell).or_default().push(cb);
    }

    fn set_value(&mut self, id: CellId, v: i64) -> bool {
        let CellId::Input(i) = id else { return false };
        let Some(slot) = self.inputs.get_mut(i) else { return false };
        *slot = v;
        // computed cells are created in dependency order, so one pass is enough
        for idx in 0..self.computed.len() {
            let vals: Vec<i64> = self.computed[idx].deps.iter().map(|&d| self.value(d).unwrap()).collect();
            let new = (self.computed[idx].func)(&vals);
            let old = std::mem::replace(&mut self.computed[idx].value, new);
            if old != new {
                if let Some(cbs) = self.callbacks.get_mut(&idx) {
                    cbs.iter_mut().for_each(|cb| cb(idx, new));
                }
            }
        }
        true
    }
}

fn make_scaler(factor: i64) -> impl Fn(&[i64]) -> i64 {
    move |vals| vals[0] * factor
}

fn make_logger(tag: &'static str) -> Box<dyn FnMut(usize, i64)> {
    let mut calls = 0;
    Box::new(move |cell, v| {
        calls += 1;
        println!("    [{} #{}] cell {} changed to {}", tag, calls, cell, v);
    })
}

fn main() {
    let mut r = Reactor::default();
    let a = r.create_input(1);
    let b = r.create_input(2);
    let sum = r.create_compute(&[a, b], |v| v.iter().sum()).unwrap();
    let doubled = r.create_compute(&[sum], make_scaler(2)).unwrap();
    let parity = r.create_compute(&[doubled, a], |v| (v[0] + v[1]) % 2).unwrap();
    let bad = r.create_compute(&[CellId::Input(9)], |v| v[0]);
    println!("cells: {:?} {:?} {:?} {:?} {:?}", a, b, sum, doubled, parity);
    println!("bad dependency: {:?}", bad.err());
    r.add_callback(1, make_logger("doubled"));
    r.add_callback(2, make_logger("parity"));
    r.add_callback(2, make_logger("parity-2"));

    let show = |r: &Reactor| {
        let vals: Vec<Option<i64>> = [a, b, sum, doubled, parity].iter().map(|&c| r.value(c)).collect();
        println!("  values: {:?}", vals);
    };
    show(&r);
    for (cell, v) in [(a, 5), (b, 2), (b, -4), (a, 0), (sum, 3)] {
        println!("set {:?} = {}", cell, v);
        let ok = r.set_value(cell, v);
        println!("  accepted: {}", ok);
        show(&r);
    }
    let mut ids = vec![parity, a, doubled, b];
    ids.sort();
    println!("sorted ids: {:?}", ids);
    println!("callback counts: {:?}", r.callbacks.iter().map(|(k, v)| (*k, v.len())).collect::<Vec<_>>());
}
