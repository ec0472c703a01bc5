// Scope item 8: or-patterns of string literals in a match on &str; `let b;` assigned once in each branch.
fn classify(tok: &str) -> &'static str {
    match tok {
        "+" | "-" => "additive",
        "*" | "/" | "%" => "multiplicative",
        "(" | ")" => "paren",
        t if t.chars().all(|c| c.is_ascii_digit()) => "number",
        _ => "other",
    }
}

fn main() {
    for t in ["+", "*", "(", "42", "x", "-", "%"] {
        println!("{t}: {}", classify(t));
    }
    let verdict;
    let score = 73;
    if score >= 50 {
        verdict = "pass";
    } else {
        verdict = "fail";
    }
    println!("{verdict}");
    let label: String;
    match score % 3 {
        0 => label = String::from("fizz"),
        1 => label = "one".to_string(),
        _ => label = format!("{}", score),
    }
    println!("{label}");
}
