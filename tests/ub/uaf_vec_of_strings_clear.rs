fn main() {
    let mut words = vec![String::from("alpha"), String::from("beta")];
    let p = words[1].as_ptr();
    println!("words = {:?}", words);
    words.clear();
    println!("cleared, len = {}", words.len());
    let b = unsafe { *p };
    println!("b = {}", b);
}
