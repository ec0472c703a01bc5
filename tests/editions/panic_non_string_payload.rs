// editions: 2015 2018 2021 2024
// `panic!(code)` with a non-string payload (an error code, caught and downcast by the caller): fine in
// 2015/2018, rejected from 2021 ("format argument must be a string literal").
use std::panic;

#[derive(Debug, Clone, Copy)]
struct ErrorCode(u16);

fn load(name: &str) -> usize {
    if name.is_empty() {
        panic!(ErrorCode(404));
    }
    if name.len() > 8 {
        panic!(ErrorCode(413));
    }
    name.len()
}

fn main() {
    panic::set_hook(Box::new(|_| {}));
    for name in &["index", "", "very_long_name"] {
        let name = *name;
        match panic::catch_unwind(|| load(name)) {
            Ok(n) => println!("{:?}: loaded {} bytes", name, n),
            Err(payload) => match payload.downcast_ref::<ErrorCode>() {
                Some(code) => println!("{:?}: error {}", name, code.0),
                None => println!("{:?}: unknown panic", name),
            },
        }
    }
}
