// editions: 2015 2018 2021 2024
// The old `try!` macro: works in 2015; from 2018 `try` is a reserved keyword and rustc reports
// "use of deprecated `try` macro".
use std::num::ParseIntError;

#[derive(Debug)]
struct Version {
    major: u32,
    minor: u32,
}

fn parse_version(s: &str) -> Result<Version, ParseIntError> {
    let mut parts = s.split('.');
    let major = try!(parts.next().unwrap_or("").parse::<u32>());
    let minor = try!(parts.next().unwrap_or("0").parse::<u32>());
    Ok(Version { major: major, minor: minor })
}

fn main() {
    for s in &["1.4", "2", "x.1", "3.y"] {
        match parse_version(s) {
            Ok(v) => println!("{} -> {}.{}", s, v.major, v.minor),
            Err(e) => println!("{} -> error: {}", s, e),
        }
    }
}
