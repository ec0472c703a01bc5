// Music player: check for duplicates with a helper closure.
fn main() {
    let mut playlist: Vec<String> = vec![
        "Intro".to_string(),
        "Blue Sky".to_string(),
        "Night Drive".to_string(),
    ];

    let already_queued = |title: &str| playlist.iter().any(|t| t == title);

    playlist.push("Outro".to_string());

    for candidate in ["Blue Sky", "Sunrise"] {
        if already_queued(candidate) {
            println!("skipping duplicate {}", candidate);
        } else {
            println!("would add {}", candidate);
        }
    }
    println!("{} tracks", playlist.len());
}
