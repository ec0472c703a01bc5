fn add_greeting(s: &String) {
    s.push_str(", hello!");
}

fn main() {
    let mut name = String::from("Kim");
    add_greeting(&name);
    println!("{}", name);
}
