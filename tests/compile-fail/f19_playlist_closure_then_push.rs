// Music player: a closure captures the play history, then the history is pushed to.
struct Song {
    title: String,
    seconds: u32,
}

fn main() {
    let library = vec![
        Song { title: "Bohemian Rhapsody".to_string(), seconds: 354 },
        Song { title: "Hotel California".to_string(), seconds: 391 },
        Song { title: "Imagine".to_string(), seconds: 183 },
    ];

    let mut history: Vec<String> = Vec::new();

    let show_history = || {
        let listed: Vec<&str> = history.iter().map(|s| s.as_str()).collect();
        println!("  history: [{}]", listed.join(", "));
    };

    let mut played_secs = 0;
    for song in &library {
        println!("playing {} ({}s)", song.title, song.seconds);
        played_secs += song.seconds;
        // Mistake: `history` is immutably borrowed by `show_history`.
        history.push(song.title.clone());
        show_history();
    }

    println!("played {} songs, {} minutes total", history.len(), played_secs / 60);
}
