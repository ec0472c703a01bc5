// Box<dyn Error> takes any error type by `?`, but only one that implements Error.
use std::error::Error;

#[derive(Debug)]
struct NotAnError;

fn check(ok: bool) -> Result<u8, NotAnError> {
    if ok { Ok(1) } else { Err(NotAnError) }
}

fn run() -> Result<u8, Box<dyn Error>> {
    let v = check(true)?;
    Ok(v)
}

fn main() {
    println!("{:?}", run().is_ok());
}
