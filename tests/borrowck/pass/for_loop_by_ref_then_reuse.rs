fn main() {
    let names = vec![String::from("ann"), String::from("bob"), String::from("cy")];
    for name in &names {
        println!("hello {}", name);
    }
    let total: usize = names.iter().map(|n| n.len()).sum();
    for name in names {
        println!("goodbye {}", name);
    }
    println!("{} chars", total);
}
