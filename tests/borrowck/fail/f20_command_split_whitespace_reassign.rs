// Command shell: parse the verb of a command line, then read the next line.
fn read_line(n: usize) -> String {
    let lines = ["move north 3", "take lamp", "quit"];
    lines[n % lines.len()].to_string()
}

fn main() {
    let mut line = read_line(0);
    let verb = line.split_whitespace().next().unwrap_or("");

    // Overwrite the buffer with the next input line.
    line = read_line(1);

    match verb {
        "move" => println!("moving (next command: {})", line),
        "take" => println!("taking (next command: {})", line),
        other => println!("unknown verb {}", other),
    }
}
