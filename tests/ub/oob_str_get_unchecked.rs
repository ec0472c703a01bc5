fn main() {
    let line = String::from("key=value");
    let eq = line.find('=').unwrap();
    let key = unsafe { line.get_unchecked(..eq) };
    println!("key = {}", key);
    let rest = unsafe { line.get_unchecked(eq + 1..eq + 12) };
    println!("rest = {}", rest);
}
