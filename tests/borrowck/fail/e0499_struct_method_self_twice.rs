struct Pool {
    slots: Vec<Option<u32>>,
}

impl Pool {
    fn slot(&mut self, i: usize) -> &mut Option<u32> {
        &mut self.slots[i]
    }
}

fn main() {
    let mut pool = Pool { slots: vec![None, Some(3), None] };
    let a = pool.slot(0);
    let b = pool.slot(1);
    std::mem::swap(a, b);
    println!("{:?}", pool.slots);
}
