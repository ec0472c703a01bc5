fn register(name: &'static str) {
    println!("registered {}", name);
}

fn main() {
    let service = String::from("auth");
    register(&service);
}
