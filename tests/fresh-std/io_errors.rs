use std::error::Error as _;
use std::fmt;
use std::io::{self, ErrorKind, Read};

#[derive(Debug)]
struct ParseFailure {
    line: usize,
}

impl fmt::Display for ParseFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "bad input on line {}", self.line)
    }
}

impl std::error::Error for ParseFailure {}

fn parse(input: &str) -> io::Result<Vec<i32>> {
    let mut out = Vec::new();
    for (i, l) in input.lines().enumerate() {
        match l.trim().parse() {
            Ok(v) => out.push(v),
            Err(_) => return Err(io::Error::new(ErrorKind::InvalidData, ParseFailure { line: i + 1 })),
        }
    }
    Ok(out)
}

fn main() {
    let simple = io::Error::from(ErrorKind::NotFound);
    println!("{} | {:?} | {:?}", simple, simple, simple.kind());

    let custom = io::Error::new(ErrorKind::Other, "boom");
    println!("{} | {:?}", custom, custom);
    let other = io::Error::other(format!("code {}", 7));
    println!("{} | {:?} | {:?}", other, other, other.kind());

    let mut short: &[u8] = b"ab";
    let mut buf = [0u8; 4];
    let eof = short.read_exact(&mut buf).unwrap_err();
    println!("{} | {:?} | {:?}", eof, eof, eof.kind());

    let mut bad: &[u8] = b"\xc3\x28";
    let mut s = String::new();
    let utf = bad.read_to_string(&mut s).unwrap_err();
    println!("{} | {:?}", utf, utf);

    let os = io::Error::from_raw_os_error(2);
    println!("{} | {:?} | {:?}", os, os, os.raw_os_error());
    let os13 = io::Error::from_raw_os_error(13);
    println!("{} | {:?}", os13, os13.kind());

    match parse("1\n2\nx\n4") {
        Ok(v) => println!("{:?}", v),
        Err(e) => {
            println!("error: {e} ({:?})", e.kind());
            let inner = e.get_ref().unwrap();
            println!("inner is ParseFailure: {}", inner.is::<ParseFailure>());
            println!("source: {:?}", e.source().is_none());
            let pf: ParseFailure = e.downcast::<ParseFailure>().unwrap();
            println!("line {}", pf.line);
        }
    }
    println!("{:?}", parse("5\n6"));

    let e = io::Error::new(ErrorKind::TimedOut, "slow");
    println!("{:?}", e.into_inner().map(|b| b.to_string()));
    println!("{:?}", io::Error::from(ErrorKind::Interrupted).into_inner().is_none());

    let kinds = [
        ErrorKind::NotFound, ErrorKind::PermissionDenied, ErrorKind::ConnectionRefused,
        ErrorKind::AlreadyExists, ErrorKind::WouldBlock, ErrorKind::InvalidInput,
        ErrorKind::InvalidData, ErrorKind::TimedOut, ErrorKind::WriteZero, ErrorKind::Interrupted,
        ErrorKind::Unsupported, ErrorKind::UnexpectedEof, ErrorKind::OutOfMemory, ErrorKind::Other,
        ErrorKind::BrokenPipe, ErrorKind::IsADirectory, ErrorKind::NotADirectory,
        ErrorKind::StorageFull, ErrorKind::Deadlock, ErrorKind::InvalidFilename,
    ];
    for k in kinds {
        println!("{:?}: {}", k, k);
    }
    let mut sorted = kinds.to_vec();
    sorted.sort();
    println!("{:?}", &sorted[..5]);
    let boxed: Box<dyn std::error::Error + Send + Sync> = io::Error::from(ErrorKind::BrokenPipe).into();
    println!("{}", boxed);
    let e: io::Error = ErrorKind::AddrInUse.into();
    println!("{e}");
}
