fn main() {
    let name = Box::new(String::from("ferris"));
    let raw: *mut String = Box::into_raw(name);
    unsafe {
        (*raw).push_str("_the_crab");
        println!("name = {}", *raw);
        println!("len = {}", (&*raw).len());
        drop(Box::from_raw(raw));
    }
    println!("box dropped");
    unsafe {
        (*raw).push('!');
    }
    println!("pushed a bang");
}
