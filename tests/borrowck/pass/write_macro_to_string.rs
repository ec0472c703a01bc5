use std::fmt::Write;

fn render(rows: &[(&str, u32)]) -> String {
    let mut out = String::new();
    for (name, qty) in rows {
        writeln!(out, "{:<6}{:>4}", name, qty).unwrap();
    }
    write!(&mut out, "rows={}", rows.len()).unwrap();
    out
}

fn main() {
    let rows = [("apple", 3), ("kiwi", 12)];
    println!("{}", render(&rows));
}
