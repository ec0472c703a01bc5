#[derive(Debug)]
struct Meter {
    reads: u32,
    writes: u32,
}

fn main() {
    let mut m = Meter { reads: 0, writes: 0 };
    let mut on_read = || m.reads += 1;
    let mut on_write = || m.writes += 2;
    on_read();
    on_write();
    on_read();
    on_write();
    println!("{:?}", m);
}
