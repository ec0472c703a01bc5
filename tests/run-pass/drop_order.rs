// Drop order: locals in reverse declaration order at the end of their block, temporaries at the end
// of their statement, `let _ =` at once, moved values by their new owner, reassignment drops the
// old value, drop(x), a struct's own Drop before its fields, if-let/match bindings, break out of a loop.
struct Noisy { name: &'static str }
impl Drop for Noisy {
    fn drop(&mut self) { println!("drop {}", self.name); }
}
struct Pair { a: Noisy, b: Noisy }
impl Drop for Pair {
    fn drop(&mut self) { println!("drop pair"); }
}
fn make(name: &'static str) -> Noisy { Noisy { name } }
fn consume(n: Noisy) { println!("consuming {}", n.name); }
fn maybe(flag: bool) -> Option<Noisy> { if flag { Some(make("opt")) } else { None } }
fn main() {
    let _x = make("x");
    let y = make("y");
    {
        let _inner = make("inner");
        println!("in block");
    }
    consume(y);
    let p = Pair { a: make("pa"), b: make("pb") };
    make("temp");
    let _ = make("underscore");
    let mut r = make("r1");
    r = make("r2");
    println!("reassigned {}", r.name);
    drop(p);
    if let Some(n) = maybe(true) { println!("got {}", n.name); }
    match maybe(false) { Some(_) => println!("some"), None => println!("none") }
    for i in 0..2 {
        let _l = make("loop");
        if i == 1 { break; }
        println!("iter {}", i);
    }
    let t = (make("t0"), 5, make("t1"));
    println!("end of main {}", t.1);
}
