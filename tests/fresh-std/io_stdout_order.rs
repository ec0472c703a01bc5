use std::io::{self, Write};

fn main() {
    print!("partial ");
    eprintln!("to stderr");
    io::stdout().flush().unwrap();
    let stdout = io::stdout();
    let mut lock = stdout.lock();
    writeln!(lock, "locked {}", 1).unwrap();
    lock.write_all(b"raw bytes\n").unwrap();
    drop(lock);
    let mut err = io::stderr();
    writeln!(err, "err line").unwrap();
    let mut elock = io::stderr().lock();
    elock.write_all(b"locked err\n").unwrap();
    drop(elock);
    let mut out = io::stdout();
    out.write_all(b"no newline yet").unwrap();
    out.write_all(b", now\n").unwrap();
    let long = "x".repeat(1500);
    println!("{}", long.len());
    print!("{}", &long[..10]);
    println!();
    println!("{:?} {:?}", io::stdout(), io::stderr());
    println!("{:?}", io::stdin());
    print!("tail without newline");
}
