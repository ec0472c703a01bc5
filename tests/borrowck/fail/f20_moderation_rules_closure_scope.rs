// Chat moderation: a list of boxed rule closures.
fn main() {
    let mut rules: Vec<Box<dyn Fn(&str) -> bool>> = Vec::new();
    rules.push(Box::new(|msg| msg.len() > 200));

    {
        let banned = vec!["spam".to_string(), "scam".to_string()];
        rules.push(Box::new(|msg| banned.iter().any(|b| msg.contains(b.as_str()))));
    }

    let messages = ["hello there", "cheap scam offer", "ok"];
    for m in messages {
        let flagged = rules.iter().any(|rule| rule(m));
        println!("{:<20} flagged={}", m, flagged);
    }
}
