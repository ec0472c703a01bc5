// `?` converting errors with From: into Box<dyn Error> (std's blanket impl for Error types, a
// zero-sized one among them) and through the program's own From impl; Error::source overridden.
use std::error::Error;
use std::fmt;
use std::num::ParseIntError;

#[derive(Debug)]
struct Empty;

impl fmt::Display for Empty {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "nothing to read") }
}

impl Error for Empty {}

#[derive(Debug)]
enum AppError {
    Parse(ParseIntError),
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "bad number") }
}

impl Error for AppError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        match self {
            AppError::Parse(e) => Some(e),
        }
    }
}

impl From<ParseIntError> for AppError {
    fn from(e: ParseIntError) -> AppError { AppError::Parse(e) }
}

fn first(words: &[&str]) -> Result<i64, Box<dyn Error>> {
    let w = words.first().ok_or(Empty)?;
    let n: i64 = w.parse()?;
    Ok(n * 10)
}

fn parse(text: &str) -> Result<i64, AppError> {
    let n: i64 = text.parse()?;
    Ok(n + 1)
}

fn main() {
    let inputs: [&[&str]; 3] = [&["7"], &[], &["x7"]];
    for words in inputs {
        match first(words) {
            Ok(n) => println!("ok {}", n),
            Err(e) => println!("error: {}", e),
        }
    }
    match parse("12") {
        Ok(n) => println!("parsed {}", n),
        Err(e) => println!("{}", e),
    }
    if let Err(e) = parse("twelve") {
        println!("{}", e);
        if let Some(cause) = e.source() {
            println!("caused by: {}", cause);
        }
    }
}
