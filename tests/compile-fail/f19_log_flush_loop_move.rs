// A logger that "flushes" its buffer by value inside a loop.
fn flush(lines: Vec<String>) -> usize {
    let mut written = 0;
    for line in lines {
        println!("[log] {}", line);
        written += line.len();
    }
    written
}

fn main() {
    let events = ["start", "connect", "send", "receive", "disconnect", "stop"];
    let mut buffer: Vec<String> = Vec::new();
    let mut total_bytes = 0;

    for (i, ev) in events.iter().enumerate() {
        buffer.push(format!("event #{}: {}", i, ev));
        if buffer.len() >= 2 {
            // Mistake: `buffer` is moved into flush, then pushed to on the next iteration.
            total_bytes += flush(buffer);
        }
    }

    println!("wrote {} bytes", total_bytes);
}
