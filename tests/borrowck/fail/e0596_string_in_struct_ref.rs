struct Logger {
    buffer: String,
}

fn write_line(log: &Logger, line: &str) {
    let buf = &mut log.buffer;
    buf.push_str(line);
    buf.push('\n');
}

fn main() {
    let log = Logger { buffer: String::new() };
    write_line(&log, "boot");
    print!("{}", log.buffer);
}
