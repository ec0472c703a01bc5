// Browser history: look at the previous page, then navigate.
fn main() {
    let mut history: Vec<String> = vec![
        "home".to_string(),
        "news".to_string(),
        "sports".to_string(),
    ];

    let previous = history.iter().rev().nth(1);

    history.push("weather".to_string());

    match previous {
        Some(p) => println!("back button would go to {}", p),
        None => println!("no previous page"),
    }
    println!("history depth: {}", history.len());
}
