// A tiny key=value parser that returns a reference to a String it created locally.
fn normalize_key(raw: &str) -> &str {
    let cleaned: String = raw
        .trim()
        .chars()
        .map(|c| if c == '-' { '_' } else { c.to_ascii_lowercase() })
        .collect();
    // Mistake: returning a reference to the local `cleaned`.
    &cleaned
}

fn parse_line(line: &str) -> Option<(String, String)> {
    let mut parts = line.splitn(2, '=');
    let key = parts.next()?;
    let value = parts.next()?;
    Some((normalize_key(key).to_string(), value.trim().to_string()))
}

fn main() {
    let input = "Server-Name = example\nPORT=8080\n# comment\nMax-Conn = 10";
    for line in input.lines() {
        if line.starts_with('#') {
            continue;
        }
        match parse_line(line) {
            Some((k, v)) => println!("{} -> {}", k, v),
            None => println!("skipping malformed line: {}", line),
        }
    }
}
