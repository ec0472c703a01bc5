enum Slot {
    Empty,
    Full(u32),
}

fn bump(slot: &Slot) {
    match slot {
        Slot::Full(n) => *n += 1,
        Slot::Empty => {}
    }
}

fn main() {
    let s = Slot::Full(1);
    bump(&s);
    if let Slot::Full(n) = s {
        println!("{}", n);
    }
}
