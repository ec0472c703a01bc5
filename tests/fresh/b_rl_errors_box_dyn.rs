use std::error::Error;
use std::fmt;
use std::num::ParseIntError;

#[derive(PartialEq, Debug)]
enum CreationError {
    Negative,
    Zero,
}

impl fmt::Display for CreationError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let description = match *self {
            CreationError::Negative => "number is negative",
            CreationError::Zero => "number is zero",
        };
        f.write_str(description)
    }
}

impl Error for CreationError {}

#[derive(PartialEq, Debug)]
struct PositiveNonzeroInteger(u64);

impl PositiveNonzeroInteger {
    fn new(value: i64) -> Result<PositiveNonzeroInteger, CreationError> {
        match value {
            x if x < 0 => Err(CreationError::Negative),
            0 => Err(CreationError::Zero),
            x => Ok(PositiveNonzeroInteger(x as u64)),
        }
    }
}

fn parse_positive(s: &str) -> Result<PositiveNonzeroInteger, Box<dyn Error>> {
    let x: i64 = s.trim().parse()?;
    Ok(PositiveNonzeroInteger::new(x)?)
}

#[derive(Debug)]
enum AppError {
    Parse(ParseIntError),
    Create(CreationError),
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            AppError::Parse(e) => write!(f, "parse error: {}", e),
            AppError::Create(e) => write!(f, "creation error: {}", e),
        }
    }
}

impl Error for AppError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        match self {
            AppError::Parse(e) => Some(e),
            AppError::Create(e) => Some(e),
        }
    }
}

impl From<ParseIntError> for AppError {
    fn from(e: ParseIntError) -> Self { AppError::Parse(e) }
}
impl From<CreationError> for AppError {
    fn from(e: CreationError) -> Self { AppError::Create(e) }
}

fn parse_typed(s: &str) -> Result<PositiveNonzeroInteger, AppError> {
    let x: i64 = s.parse()?;
    Ok(PositiveNonzeroInteger::new(x)?)
}

fn sum_inputs(inputs: &[&str]) -> Result<u64, Box<dyn Error>> {
    let mut total = 0;
    for s in inputs {
        total += parse_positive(s)?.0;
    }
    Ok(total)
}

fn main() {
    for s in ["42", " 7 ", "0", "-5", "abc", "99999999999999999999"] {
        match parse_positive(s) {
            Ok(n) => println!("{:?}: ok {:?}", s, n),
            Err(e) => println!("{:?}: boxed error: {}", s, e),
        }
        if let Err(e) = parse_typed(s) {
            let src = e.source().map(|s| s.to_string()).unwrap_or_default();
            println!("    typed: {} | debug {:?} | source: {}", e, e, src);
        }
    }
    let e: Box<dyn Error> = From::from("a plain string error");
    println!("from str: {} / {:?}", e, e.to_string());
    println!("{:?}", sum_inputs(&["1", "2", "3"]).ok());
    match sum_inputs(&["1", "0", "3"]) {
        Ok(v) => println!("sum {}", v),
        Err(e) => {
            println!("sum failed: {}", e);
            eprintln!("error: {}", e);
            std::process::exit(1);
        }
    }
    println!("not reached");
}
