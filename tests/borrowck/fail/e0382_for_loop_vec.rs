fn main() {
    let names = vec![String::from("ann"), String::from("bob"), String::from("cy")];
    for name in names {
        println!("hello {}", name);
    }
    let first = &names[0];
    println!("first was {}", first);
}
