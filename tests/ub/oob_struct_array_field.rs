struct Inventory {
    counts: Box<[u32; 3]>,
}

impl Inventory {
    fn get(&self, slot: usize) -> u32 {
        let p = self.counts.as_ptr();
        unsafe { *p.add(slot) }
    }
}

fn main() {
    let inv = Inventory { counts: Box::new([4, 0, 9]) };
    for slot in 0..4 {
        println!("looking at slot {}", slot);
        let c = inv.get(slot);
        println!("slot {} holds {}", slot, c);
    }
}
