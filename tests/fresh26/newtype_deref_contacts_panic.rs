use std::collections::HashSet;
use std::convert::TryFrom;
use std::fmt;
use std::ops::{Deref, DerefMut};

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Email(String);

#[derive(Debug, Clone, PartialEq)]
enum ContactError {
    MissingAt(String),
    EmptyPart { input: String, which: &'static str },
    BadPhone(String),
}

impl TryFrom<&str> for Email {
    type Error = ContactError;
    fn try_from(s: &str) -> Result<Self, Self::Error> {
        let (user, host) = s.split_once('@').ok_or_else(|| ContactError::MissingAt(s.to_string()))?;
        if user.is_empty() {
            return Err(ContactError::EmptyPart { input: s.into(), which: "user" });
        }
        if host.is_empty() {
            return Err(ContactError::EmptyPart { input: s.into(), which: "host" });
        }
        Ok(Email(format!("{}@{}", user, host.to_ascii_lowercase())))
    }
}

impl Deref for Email {
    type Target = str;
    fn deref(&self) -> &str { &self.0 }
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Phone(u64);

impl From<u64> for Phone {
    fn from(n: u64) -> Self { Phone(n) }
}
impl From<(u16, u32)> for Phone {
    fn from((area, local): (u16, u32)) -> Self { Phone(area as u64 * 10_000_000 + local as u64) }
}
impl TryFrom<String> for Phone {
    type Error = ContactError;
    fn try_from(s: String) -> Result<Self, ContactError> {
        let digits: String = s.chars().filter(|c| !matches!(c, ' ' | '-' | '(' | ')')).collect();
        digits.parse::<u64>().map(Phone).map_err(|_| ContactError::BadPhone(s))
    }
}
impl fmt::Display for Phone {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let s = format!("{:010}", self.0);
        write!(f, "({}) {}-{}", &s[..3], &s[3..6], &s[6..])
    }
}

#[derive(Debug, Default)]
struct Tags(Vec<String>);

impl Deref for Tags {
    type Target = Vec<String>;
    fn deref(&self) -> &Vec<String> { &self.0 }
}
impl DerefMut for Tags {
    fn deref_mut(&mut self) -> &mut Vec<String> { &mut self.0 }
}

fn domain_of(e: &str) -> &str { e.rsplit('@').next().unwrap_or("") }

fn main() {
    let raw = ["Ada@Example.ORG", "bob@work.net", "carol@EXAMPLE.org", "ada@example.org"];
    let emails: Result<Vec<Email>, ContactError> = raw.iter().map(|s| Email::try_from(*s)).collect();
    let emails = emails.expect("all valid");
    for e in &emails {
        println!("{:<20} len={:>2} domain={} upper_start={}", e.0, e.len(), domain_of(e), e.starts_with(char::is_uppercase));
    }
    let unique: HashSet<&Email> = emails.iter().collect();
    let mut domains: Vec<&str> = emails.iter().map(|e| domain_of(e)).collect();
    domains.sort();
    domains.dedup();
    println!("unique={} domains={:?}", unique.len(), domains);

    let phones: Vec<Phone> = vec![Phone::from(2025550143u64), (415u16, 5550199u32).into(), Phone::try_from(String::from("(312) 555-0100")).unwrap()];
    for p in &phones {
        println!("phone {}", p);
    }
    let bad: Vec<ContactError> = ["555-CALL", "12 34"].iter().filter_map(|s| Phone::try_from(s.to_string()).err()).collect();
    println!("bad phones: {:?}", bad);

    let mut tags = Tags::default();
    tags.push("vip".into());
    tags.extend(["beta", "early"].map(String::from));
    tags.sort();
    tags.retain(|t| t != "beta");
    println!("tags {:?} len={} first={:?} contains vip={}", *tags, tags.len(), tags.first(), tags.contains(&"vip".to_string()));

    let checks: Vec<Result<Email, ContactError>> = ["x@y", "@nouser", "nohost@", "plain"].into_iter().map(Email::try_from).collect();
    for c in &checks {
        match c {
            Ok(e) => println!("ok {}", &**e),
            Err(ContactError::EmptyPart { which, .. }) => println!("empty {}", which),
            Err(other) => println!("other {:?}", other),
        }
    }
    let first_err = checks.iter().position(Result::is_err).unwrap();
    println!("first error at {}", first_err);
    let imported: Vec<Email> = ["dave@ok.io", "eve.at.nowhere"].iter().map(|s| Email::try_from(*s).unwrap()).collect();
    println!("imported {}", imported.len());
}
