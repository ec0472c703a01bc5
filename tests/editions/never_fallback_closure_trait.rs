// editions: 2015 2018 2021 2024
// A closure that only panics, passed where its return type must implement a trait implemented for `()`:
// with fallback to `()` (before 2024; lint allowed) the call compiles and the panic is caught; with
// fallback to `!` (2024) it is E0277.
#![allow(dependency_on_unit_never_type_fallback)]
use std::panic;

trait Outcome {
    fn describe() -> String;
}

impl Outcome for () {
    fn describe() -> String {
        String::from("nothing")
    }
}

impl Outcome for i32 {
    fn describe() -> String {
        String::from("a number")
    }
}

fn attempt<R: Outcome>(label: &str, f: impl FnOnce() -> R + panic::UnwindSafe) {
    let ok = panic::catch_unwind(f).is_ok();
    println!("{} returns {} -> {}", label, R::describe(), if ok { "ok" } else { "panicked" });
}

fn main() {
    panic::set_hook(Box::new(|info| println!("  (hook: {})", info.payload().downcast_ref::<&str>().unwrap_or(&"?"))));
    attempt("compute", || 6 * 7);
    attempt("abort", || panic!("not implemented yet"));
    attempt("log", || println!("  logging"));
}
