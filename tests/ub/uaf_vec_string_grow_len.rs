fn main() {
    let mut names: Vec<String> = Vec::with_capacity(2);
    names.push(String::from("alice"));
    names.push(String::from("bob"));
    let first: *const String = names.as_ptr();
    println!("first = {}", unsafe { &*first });
    names.push(String::from("carol"));
    names.push(String::from("dave"));
    println!("names = {:?}", names);
    let n = unsafe { (&*first).len() };
    println!("first name length = {}", n);
}
