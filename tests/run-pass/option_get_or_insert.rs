// Option::get_or_insert: inserts into None, or keeps the payload and drops the value passed in.
struct Noisy(u32);
impl Drop for Noisy { fn drop(&mut self) { println!("drop {}", self.0); } }
fn main() {
    let mut slot: Option<Noisy> = None;
    let r = slot.get_or_insert(Noisy(1));
    r.0 += 10;
    println!("now {}", slot.as_ref().map(|n| n.0).unwrap_or(0));
    let again = slot.get_or_insert(Noisy(2));
    println!("kept {}", again.0);
}
