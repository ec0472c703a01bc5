fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() >= b.len() { a } else { b }
}

fn main() {
    let outer = String::from("a fairly long string");
    let result;
    {
        let inner = String::from("short");
        let l = longest(&outer, &inner);
        println!("inside: {}", l);
        result = longest(&outer, "tiny");
    }
    println!("outside: {}", result);
}
