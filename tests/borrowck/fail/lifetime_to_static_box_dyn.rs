fn length_reporter<'a>(text: &'a str) -> Box<dyn Fn() -> usize> {
    Box::new(move || text.len())
}

fn main() {
    let s = String::from("hello");
    let r = length_reporter(&s);
    println!("{}", r());
}
