// A guard whose Drop impl writes through its `&mut` field: a borrow of the data behind that field
// cannot outlive the guard, because the destructor needs exclusive access to it.
struct Recorder<'a> {
    log: &'a mut Vec<u32>,
}

impl Drop for Recorder<'_> {
    fn drop(&mut self) {
        self.log.push(0);
    }
}

fn largest(log: &mut Vec<u32>) -> Option<&u32> {
    let rec = Recorder { log };
    rec.log.push(7);
    rec.log.iter().max()
}

fn main() {
    let mut data = vec![3, 9, 4];
    println!("{:?}", largest(&mut data));
}
