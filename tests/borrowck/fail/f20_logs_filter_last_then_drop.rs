// Log viewer: find the last error line, then free the log buffer.
fn load_logs() -> Vec<String> {
    vec![
        "INFO start".to_string(),
        "ERROR disk full".to_string(),
        "INFO retry".to_string(),
        "ERROR timeout".to_string(),
        "INFO done".to_string(),
    ]
}

fn main() {
    let logs = load_logs();
    let last_error = logs
        .iter()
        .filter(|l| l.starts_with("ERROR"))
        .last();

    let count = logs.len();
    drop(logs);

    println!("scanned {} lines", count);
    if let Some(line) = last_error {
        println!("last error: {}", line);
    }
}
