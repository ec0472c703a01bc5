// Found by scripts/fuzz-vs-rustc.py (seed 7, m01451): a struct literal or pattern naming no variant of the enum is
// E0599.
enum Message {
    Quit,
    Resize { width: u32, height: u32 },
}
fn main() {
    let m = Message::State { width: 10, height: 30 };
    match Message::Quit {
        Message::Resize { width, .. } => println!("{width}"),
        Message::Quit => println!("quit"),
    }
}
