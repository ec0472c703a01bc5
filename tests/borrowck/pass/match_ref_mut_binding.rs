#[derive(Debug)]
enum Slot {
    Empty,
    Full(u32),
}

fn bump(slot: &mut Slot) {
    match slot {
        Slot::Full(n) => *n += 1,
        Slot::Empty => *slot = Slot::Full(0),
    }
}

fn main() {
    let mut slots = vec![Slot::Empty, Slot::Full(7)];
    for s in slots.iter_mut() {
        bump(s);
        bump(s);
    }
    println!("{:?}", slots);
}
