fn make_greeter(greeting: String) -> Box<dyn Fn(&str) -> String> {
    Box::new(|name| format!("{}, {}!", greeting, name))
}

fn main() {
    let g = make_greeter(String::from("Hi"));
    println!("{}", g("Sam"));
}
