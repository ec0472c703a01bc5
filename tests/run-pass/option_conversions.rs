// Option::ok_or / or and Result::ok / err as matches on the variant.
fn main() {
    let a: Option<u8> = Some(4);
    let b: Option<u8> = None;
    println!("{:?} {:?}", a.ok_or("missing"), b.ok_or("missing"));
    println!("{:?} {:?} {:?}", a.or(Some(9)), b.or(Some(9)), b.or(None));
    let r: Result<i32, String> = Err(String::from("bad"));
    let s: Result<i32, String> = Ok(5);
    println!("{:?} {:?} {:?} {:?}", r.clone().ok(), r.err(), s.clone().ok(), s.err());
}
