fn append_twice(dst: &mut String, a: &mut String) {
    dst.push_str(a);
    a.clear();
}

fn main() {
    let mut text = String::from("echo");
    append_twice(&mut text, &mut text);
    println!("{}", text);
}
