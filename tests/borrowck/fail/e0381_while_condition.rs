fn main() {
    let mut attempts = 0;
    let mut result: Result<u32, String>;
    while attempts < 3 {
        attempts += 1;
        if attempts == 2 {
            result = Ok(attempts);
        }
    }
    match result {
        Ok(n) => println!("ok after {}", n),
        Err(e) => println!("err {}", e),
    }
}
