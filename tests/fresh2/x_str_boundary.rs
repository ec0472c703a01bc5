fn abbreviate(s: &str, max_bytes: usize) -> &str {
    if s.len() <= max_bytes { s } else { &s[..max_bytes] }
}

fn safe_abbreviate(s: &str, max_chars: usize) -> String {
    match s.char_indices().nth(max_chars) {
        Some((idx, _)) => format!("{}…", &s[..idx]),
        None => s.to_string(),
    }
}

fn main() {
    let titles = ["Rust in Action", "Programming Rust", "Zero To Production", "Crème brûlée recipes", "日本語の本"];
    for t in &titles {
        println!("{:<24} -> {}", t, safe_abbreviate(t, 8));
    }
    for t in &titles {
        println!("[{}]", abbreviate(t, 4));
    }
}
