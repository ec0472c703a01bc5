fn append_line(buf: &mut String, line: &str) {
    buf.push_str(line);
    buf.push('\n');
}

fn fill(buf: &mut String) {
    append_line(buf, "header");
    append_line(buf, "body");
    append_line(buf, "footer");
}

fn main() {
    let mut out = String::new();
    fill(&mut out);
    print!("{}", out);
    println!("{} bytes", out.len());
}
