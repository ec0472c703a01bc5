fn main() {
    let name = String::from("widget");
    let describe = || format!("this is {}", name);
    println!("{}", describe());
    println!("{}", describe());
    let taken = name;
    println!("taken {}", taken);
}
