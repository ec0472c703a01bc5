fn pick_label<'a, 'b>(primary: &'a str, secondary: &'b str, use_second: bool) -> String {
    if use_second {
        secondary.to_string()
    } else {
        primary.to_string()
    }
}

fn first_of<'a>(primary: &'a str, _secondary: &str) -> &'a str {
    primary
}

fn main() {
    let p = String::from("main");
    let r;
    {
        let s = String::from("backup");
        println!("{}", pick_label(&p, &s, true));
        r = first_of(&p, &s);
    }
    println!("{}", r);
}
