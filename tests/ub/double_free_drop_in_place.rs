use std::ptr;

fn main() {
    let mut names: Vec<String> = vec!["ann".to_string(), "bob".to_string()];
    println!("names = {:?}", names);
    unsafe {
        ptr::drop_in_place(&mut names[0]);
    }
    println!("dropped the first name in place");
    names.truncate(0);
    println!("truncated");
}
