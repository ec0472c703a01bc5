fn pick(names: &[String], fallback: &String) -> Option<&String> {
    names.first().or(Some(fallback))
}

fn main() {
    let names = vec![String::from("Ada")];
    let fb = String::from("none");
    println!("{:?}", pick(&names, &fb));
}
