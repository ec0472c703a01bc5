use std::ptr;

fn take_ownership(s: &String) -> String {
    unsafe { ptr::read(s) }
}

fn main() {
    let greeting = String::from("hello there");
    let stolen = take_ownership(&greeting);
    println!("greeting = {}, stolen = {}", greeting, stolen);
    drop(stolen);
    println!("stolen dropped");
    drop(greeting);
    println!("greeting dropped");
}
