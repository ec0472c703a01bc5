fn main() {
    let mut greeting = String::from("hello");
    let bytes = greeting.as_ptr();
    println!("greeting = {}", greeting);
    println!("first byte = {}", unsafe { *bytes });
    greeting.reserve(100);
    greeting.push_str(", world");
    println!("greeting = {}", greeting);
    let second = unsafe { *bytes.add(1) };
    println!("second byte = {}", second as char);
}
