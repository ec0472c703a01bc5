use std::ffi::CStr;

fn greet(name: &CStr) -> String {
    format!("hello, {}", name.to_str().unwrap())
}

fn main() {
    let lit: &CStr = c"world";
    println!("{}", greet(lit));
    println!("{:?} {}", lit, lit.count_bytes());
    println!("{:?}", c"with \x01 escape".to_bytes());
    println!("{:?}", <&CStr>::default());
}
