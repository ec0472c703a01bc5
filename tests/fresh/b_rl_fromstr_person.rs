use std::fmt;
use std::num::ParseIntError;
use std::str::FromStr;

#[derive(Debug, PartialEq)]
struct Person {
    name: String,
    age: usize,
}

#[derive(Debug, PartialEq)]
enum ParsePersonError {
    Empty,
    BadLen,
    NoName,
    ParseInt(ParseIntError),
}

impl fmt::Display for ParsePersonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => write!(f, "input was empty"),
            Self::BadLen => write!(f, "expected exactly two fields"),
            Self::NoName => write!(f, "name missing"),
            Self::ParseInt(e) => write!(f, "bad age: {}", e),
        }
    }
}

impl From<ParseIntError> for ParsePersonError {
    fn from(e: ParseIntError) -> Self {
        ParsePersonError::ParseInt(e)
    }
}

impl FromStr for Person {
    type Err = ParsePersonError;
    fn from_str(s: &str) -> Result<Person, Self::Err> {
        if s.is_empty() {
            return Err(ParsePersonError::Empty);
        }
        let fields: Vec<&str> = s.split(',').collect();
        let [name, age] = fields.as_slice() else {
            return Err(ParsePersonError::BadLen);
        };
        if name.is_empty() {
            return Err(ParsePersonError::NoName);
        }
        let age = age.parse::<usize>()?;
        Ok(Person { name: name.to_string(), age })
    }
}

impl fmt::Display for Person {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.name, self.age)
    }
}

fn oldest(data: &str) -> Result<Person, ParsePersonError> {
    let mut people = data.lines().map(str::parse::<Person>).collect::<Result<Vec<_>, _>>()?;
    people.sort_by_key(|p| std::cmp::Reverse(p.age));
    people.into_iter().next().ok_or(ParsePersonError::Empty)
}

fn main() {
    for s in ["John,32", "", "John", "John,", ",1", "John,twenty", "John,32,man", "Anna,-3", "Zoe,0"] {
        match s.parse::<Person>() {
            Ok(p) => println!("{:>14} -> {}", format!("{:?}", s), p),
            Err(e) => println!("{:>14} -> error: {} / {:?}", format!("{:?}", s), e, e),
        }
    }
    println!("{:?}", oldest("Ann,31\nBob,45\nCid,27").map(|p| p.to_string()));
    println!("{:?}", oldest("Ann,31\nBob,x"));
    let p: Person = "Grace,85".parse().unwrap();
    println!("{}", p);
}
