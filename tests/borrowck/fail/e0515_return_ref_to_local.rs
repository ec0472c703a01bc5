fn longest_line(text: &str) -> &str {
    let upper = text.to_uppercase();
    let best = upper.lines().max_by_key(|l| l.len()).unwrap_or("");
    best
}

fn main() {
    println!("{}", longest_line("ab\nabcd\nabc"));
}
