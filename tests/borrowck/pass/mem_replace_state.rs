use std::mem;

#[derive(Debug)]
enum Phase {
    Collecting(Vec<u32>),
    Done(u32),
}

fn finish(p: &mut Phase) {
    let old = mem::replace(p, Phase::Done(0));
    if let Phase::Collecting(items) = old {
        *p = Phase::Done(items.iter().sum());
    }
}

fn main() {
    let mut phase = Phase::Collecting(vec![4, 5, 6]);
    println!("{:?}", phase);
    finish(&mut phase);
    println!("{:?}", phase);
}
