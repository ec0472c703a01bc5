// Option and Result methods that take closures (map, and_then, map_err, unwrap_or_else, ok_or_else,
// filter, map_or, is_some_and) on values with and without heap payloads.
fn parse(s: &str) -> Result<i32, std::num::ParseIntError> {
    s.parse::<i32>().and_then(|n| "2".parse::<i32>().map(|m| n * m))
}
fn main() {
    let some = Some(4);
    let none: Option<i32> = None;
    println!("{:?} {:?}", some.map(|x| x * 2), none.map(|x| x * 2));
    println!("{} {}", some.unwrap_or_else(|| 0), none.unwrap_or_else(|| -1));
    println!("{:?}", some.and_then(|x| if x > 3 { Some(x + 1) } else { None }));
    println!("{:?}", none.ok_or_else(|| "missing"));
    println!("{:?}", some.filter(|x| *x % 2 == 0));
    println!("{}", some.map_or(0, |x| x * 10));
    println!("{}", some.is_some_and(|x| x > 1));
    println!("{:?} {:?}", parse("21"), parse("x"));
    let r: Result<i32, String> = Err(String::from("bad"));
    println!("{:?}", r.map_err(|e| e.len()));
    let name = Some(String::from("Ferris"));
    let len = name.map(|s| s.len());
    println!("{:?}", len);
}
