// editions: 2015 2018 2021 2024
// A single-literal message in `assert!` / `unreachable!` containing `{braces}`: 2015/2018 print it
// verbatim, 2021+ format it (capturing `limit` / `state`). The payload text is printed by a hook.
use std::panic;

fn message(p: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = p.downcast_ref::<&str>() {
        format!("str: {}", s)
    } else if let Some(s) = p.downcast_ref::<String>() {
        format!("String: {}", s)
    } else {
        String::from("other")
    }
}

fn spend(balance: u32, amount: u32) -> u32 {
    let limit = balance;
    assert!(amount <= limit, "amount exceeds {limit}");
    balance - amount
}

fn step(state: u8) -> u8 {
    match state {
        0 | 1 => state + 1,
        _ => unreachable!("bad state {state}"),
    }
}

fn main() {
    panic::set_hook(Box::new(|_| {}));
    println!("{}", spend(10, 4));
    let r = panic::catch_unwind(|| spend(10, 40));
    println!("{}", message(&*r.unwrap_err()));
    println!("{}", step(1));
    let r = panic::catch_unwind(|| step(7));
    println!("{}", message(&*r.unwrap_err()));
}
