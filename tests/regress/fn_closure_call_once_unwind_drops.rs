// A Fn closure called through FnOnce::call_once is dropped when its body panics (the shim's cleanup path).
struct D(&'static str);
impl Drop for D { fn drop(&mut self) { println!("drop {}", self.0); } }
fn run<F: FnOnce() -> i32>(f: F) -> i32 { f() }
fn main() {
    let d = D("captured");
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(move || {
        let _l = D("local");
        run(move || { let _x = &d; if d.0.len() > 3 { panic!("boom"); } 1 })
    }));
    println!("after {:?}", r.is_err());
}
