// A panic unwinds: after the message, every frame's live locals are dropped, innermost frame
// first; `?` and `return` drop the locals of the scopes they leave.
struct Noisy(u32);
impl Drop for Noisy {
    fn drop(&mut self) { println!("drop {}", self.0); }
}
fn inner(n: Noisy) -> u32 {
    let _guard = Noisy(n.0 + 100);
    let d = n.0 - n.0;
    if n.0 > 1 { return n.0 / d; }
    n.0
}
fn early(flag: bool) -> Option<u32> {
    let _a = Noisy(50);
    let v: Option<u32> = if flag { None } else { Some(3) };
    let x = v?;
    let _b = Noisy(51);
    Some(x)
}
fn main() {
    let _a = Noisy(1);
    println!("{:?}", early(true));
    println!("{:?}", early(false));
    let k = inner(Noisy(1));
    println!("k = {}", k);
    let _b = Noisy(2);
    inner(Noisy(7));
    println!("unreachable");
}
