// Directory: pick the first name from either of two lists.
fn first_of_both(primary: &Vec<String>, backup: &Vec<String>) -> &str {
    primary
        .iter()
        .chain(backup.iter())
        .map(|s| s.as_str())
        .next()
        .unwrap_or("<nobody>")
}

fn main() {
    let primary: Vec<String> = Vec::new();
    let backup = vec!["Zoe".to_string(), "Yuri".to_string()];

    let who = first_of_both(&primary, &backup);
    println!("on call: {}", who);

    let everyone: Vec<&String> = primary.iter().chain(backup.iter()).collect();
    println!("{} people total", everyone.len());
}
