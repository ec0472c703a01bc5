fn main() {
    let name = String::from("Ferris");
    let greet = move || println!("hi {}", name);
    greet();
    println!("{}", name);
}
