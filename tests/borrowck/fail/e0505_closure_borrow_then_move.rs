fn main() {
    let name = String::from("widget");
    let describe = || format!("this is {}", name);
    let taken = name;
    println!("{}", describe());
    println!("{}", taken);
}
