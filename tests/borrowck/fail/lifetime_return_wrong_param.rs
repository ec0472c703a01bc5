fn pick_label<'a, 'b>(primary: &'a str, secondary: &'b str, use_second: bool) -> &'a str {
    if use_second {
        secondary
    } else {
        primary
    }
}

fn main() {
    let p = String::from("main");
    let s = String::from("backup");
    println!("{}", pick_label(&p, &s, true));
}
