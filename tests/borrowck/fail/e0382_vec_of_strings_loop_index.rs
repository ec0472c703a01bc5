fn shout(s: String) -> String {
    s.to_uppercase()
}

fn main() {
    let line = String::from("quiet please");
    let mut out = Vec::new();
    for _ in 0..2 {
        out.push(shout(line));
    }
    println!("{:?}", out);
}
