// Borrows of data behind a Drop type's `&mut` field are fine while the value is alive.
struct Recorder<'a> {
    log: &'a mut Vec<u32>,
}

impl Drop for Recorder<'_> {
    fn drop(&mut self) {
        self.log.push(0);
    }
}

fn main() {
    let mut data = vec![3, 9, 4];
    {
        let rec = Recorder { log: &mut data };
        let biggest = rec.log.iter().max().copied();
        println!("{:?}", biggest);
        let n = rec.log.len();
        rec.log.push(n as u32);
    }
    println!("{:?}", data);
}
