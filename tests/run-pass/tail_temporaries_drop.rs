struct Loud(u32);
impl Drop for Loud { fn drop(&mut self) { println!("drop {}", self.0); } }
impl Loud { fn get(&self) -> u32 { self.0 } }
fn f() -> u32 { Loud(1).get() }
fn main() {
    let c = || Loud(2).get();
    println!("{}", f());
    println!("{}", c());
}
