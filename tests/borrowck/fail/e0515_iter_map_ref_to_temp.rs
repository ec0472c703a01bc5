fn trimmed_names(raw: &[String]) -> Vec<&str> {
    raw.iter()
        .map(|s| {
            let t = s.trim().to_lowercase();
            &t[..]
        })
        .collect()
}

fn main() {
    let names = vec!["  Bob ".to_string(), "ALICE".to_string()];
    println!("{:?}", trimmed_names(&names));
}
