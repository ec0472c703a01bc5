fn make_counter(start: u32, step: u32) -> impl FnMut() -> u32 {
    let mut cur = start;
    move || {
        let v = cur;
        cur += step;
        v
    }
}

fn make_greeter(greeting: String) -> Box<dyn Fn(&str) -> String> {
    Box::new(move |name| format!("{}, {}!", greeting, name))
}

fn main() {
    let mut next = make_counter(10, 5);
    println!("{} {} {}", next(), next(), next());
    let g = make_greeter(String::from("Hi"));
    println!("{}", g("Sam"));
}
