#[derive(Debug)]
#[repr(i32)]
enum Status {
    Ok = 200,
    NotFound = 404,
    Error = 500,
}

fn main() {
    let codes = [404, 500, 302];
    for code in codes {
        println!("code {}", code);
        let s: Status = unsafe { std::mem::transmute(code) };
        println!("status = {:?}", s);
    }
}
