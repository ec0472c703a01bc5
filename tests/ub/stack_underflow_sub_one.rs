// Reading the element "before" a local array with `.sub(1)`.
fn peek_before(label: &str) -> u64 {
    let data: [u64; 4] = [11, 22, 33, 44];
    println!("{}: data = {:?}", label, data);
    let p = data.as_ptr();
    let last = unsafe { *p.add(3) };
    println!("{}: last via pointer = {}", label, last);
    // one element before the start of `data`
    let before = unsafe { *p.sub(1) };
    before
}

fn main() {
    println!("starting underflow experiment");
    let v = peek_before("probe");
    println!("value before array = {}", v);
}
