enum Command {
    Save,
    Quit,
    Print,
}

fn consume(buf: String) -> usize {
    buf.len()
}

fn main() {
    let buffer = String::from("unsaved changes");
    let cmd = Command::Save;
    match cmd {
        Command::Save => {
            let n = consume(buffer);
            println!("saved {} bytes", n);
        }
        Command::Quit => println!("bye"),
        Command::Print => println!("{}", buffer),
    }
    println!("buffer now: {}", buffer);
}
