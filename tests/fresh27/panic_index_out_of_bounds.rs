// A ring of slots indexed by hand: get() returns None past the end, indexing panics.
// The slots' Drop impls run while the panic unwinds main's frame.
use std::mem::size_of_val;

struct Slot {
    id: usize,
    data: [u16; 4],
}

impl Drop for Slot {
    fn drop(&mut self) {
        println!("drop slot {}", self.id);
    }
}

fn checksum(slots: &[Slot]) -> u32 {
    slots.iter().flat_map(|s| s.data.iter()).map(|&x| x as u32).sum()
}

fn compact(v: &mut Vec<Slot>) {
    v.retain(|s| s.id % 2 == 0);
    v.shrink_to_fit();
}

fn main() {
    let mut slots: Vec<Slot> = (0..6)
        .map(|id| Slot { id, data: [id as u16; 4] })
        .collect();
    println!("{} slots, {} bytes of slots, cap {}", slots.len(), size_of_val(&slots[..]), slots.capacity());
    println!("checksum {}", checksum(&slots));

    let window = &slots[1..4];
    println!("window ids {:?}", window.iter().map(|s| s.id).collect::<Vec<_>>());
    println!("get(5) is some: {}, get(6) is some: {}", slots.get(5).is_some(), slots.get(6).is_some());
    println!("get(2..9) is some: {}", slots.get(2..9).is_some());
    println!("first {:?} last {:?}", slots.first().map(|s| s.id), slots.last().map(|s| s.id));

    let (a, b) = slots.split_at(2);
    println!("split_at(2): {} + {}", a.len(), b.len());
    let chunks: Vec<usize> = slots.chunks(4).map(|c| c.len()).collect();
    println!("chunk lengths {:?}", chunks);

    compact(&mut slots);
    println!("after compact: ids {:?} cap {}", slots.iter().map(|s| s.id).collect::<Vec<_>>(), slots.capacity());

    let wanted = [0usize, 2, 4];
    for w in wanted {
        let pos = w / 2;
        println!("slot at {pos} has id {}", slots[pos].id);
    }

    let mut idx = 0;
    for s in slots.iter_mut() {
        s.data[idx % 4] = 100;
        idx += 1;
    }
    println!("data {:?}", slots.iter().map(|s| s.data).collect::<Vec<_>>());

    let lookup = slots.len() + 2;
    println!("looking up index {lookup}");
    let s = &slots[lookup];
    println!("never printed {}", s.id);
}
