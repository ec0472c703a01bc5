// editions: 2015 2018 2021 2024
// A task whose closure only panics has return type `?T` fixed by never-type fallback: `()` before 2024,
// `!` in 2024. The runner's result slot sizes (Option<T>, Result<u32, T>) and a TypeId test show it.
use std::any::TypeId;
use std::mem::size_of;
use std::panic;

struct Report {
    name: &'static str,
    slot: usize,
    result_slot: usize,
    unit: bool,
}

fn run_task<T: 'static>(name: &'static str, task: impl FnOnce() -> T + panic::UnwindSafe) -> Report {
    let outcome = panic::catch_unwind(task);
    println!("{}: {}", name, if outcome.is_ok() { "finished" } else { "failed" });
    Report {
        name,
        slot: size_of::<Option<T>>(),
        result_slot: size_of::<Result<u32, T>>(),
        unit: TypeId::of::<T>() == TypeId::of::<()>(),
    }
}

fn main() {
    panic::set_hook(Box::new(|_| {}));
    let reports = vec![
        run_task("counter", || 41u8 + 1),
        run_task("crasher", || panic!("boom")),
        run_task("config", || {
            let port: Option<u16> = None;
            let p = port.expect("no port configured");
            unreachable!("got port {}", p)
        }),
    ];
    for r in &reports {
        println!("{:<8} Option slot {} Result slot {} unit {}", r.name, r.slot, r.result_slot, r.unit);
    }
}
