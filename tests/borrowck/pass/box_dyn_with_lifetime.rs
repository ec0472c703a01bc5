fn length_reporter<'a>(text: &'a str) -> Box<dyn Fn() -> usize + 'a> {
    Box::new(move || text.len())
}

fn main() {
    let s = String::from("hello");
    let r = length_reporter(&s);
    println!("{}", r());
    let owned: Box<dyn Fn() -> usize> = {
        let t = s.clone();
        Box::new(move || t.len() * 2)
    };
    println!("{}", owned());
}
