use std::collections::BTreeMap;
use std::error::Error;
use std::fmt;
use std::num::ParseIntError;
use std::ops::Deref;

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Username(String);

#[derive(Debug, Clone, PartialEq)]
struct Email {
    local: String,
    domain: String,
}

#[derive(Debug)]
enum RegError {
    Field(&'static str),
    Username(String),
    Email(String),
    Age(ParseIntError),
    TooYoung(u8),
    Taken(Username),
}

impl fmt::Display for RegError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            RegError::Field(name) => write!(f, "missing field `{}`", name),
            RegError::Username(why) => write!(f, "invalid username: {}", why),
            RegError::Email(why) => write!(f, "invalid email: {}", why),
            RegError::Age(e) => write!(f, "invalid age: {}", e),
            RegError::TooYoung(a) => write!(f, "must be at least 13 (got {})", a),
            RegError::Taken(u) => write!(f, "username '{}' is taken", u.as_ref()),
        }
    }
}

impl Error for RegError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        if let RegError::Age(e) = self { Some(e) } else { None }
    }
}

impl From<ParseIntError> for RegError { fn from(e: ParseIntError) -> Self { RegError::Age(e) } }

impl Deref for Username { type Target = str; fn deref(&self) -> &str { &self.0 } }

impl AsRef<str> for Username { fn as_ref(&self) -> &str { &self.0 } }

impl TryFrom<&str> for Username {
    type Error = RegError;
    fn try_from(s: &str) -> Result<Self, RegError> {
        let s = s.trim();
        if !(3..=12).contains(&s.len()) {
            return Err(RegError::Username(format!("length {} not in 3..=12", s.len())));
        }
        if let Some((i, c)) = s.char_indices().find(|&(_, c)| !(c.is_ascii_alphanumeric() || c == '_')) {
            return Err(RegError::Username(format!("bad char {:?} at {}", c, i)));
        }
        if s.starts_with(|c: char| c.is_ascii_digit()) {
            return Err(RegError::Username("starts with a digit".into()));
        }
        Ok(Username(s.to_lowercase()))
    }
}

impl std::str::FromStr for Email {
    type Err = RegError;
    fn from_str(s: &str) -> Result<Self, RegError> {
        let (local, domain) = s.trim().split_once('@').ok_or_else(|| RegError::Email(format!("no '@' in {:?}", s)))?;
        if local.is_empty() || domain.contains('@') {
            return Err(RegError::Email(format!("malformed {:?}", s)));
        }
        let (_, tld) = domain.rsplit_once('.').ok_or_else(|| RegError::Email(format!("domain {:?} has no dot", domain)))?;
        if tld.len() < 2 {
            return Err(RegError::Email(format!("tld {:?} too short", tld)));
        }
        Ok(Email { local: local.to_string(), domain: domain.to_ascii_lowercase() })
    }
}

impl From<Email> for String { fn from(e: Email) -> String { format!("{}@{}", e.local, e.domain) } }

#[derive(Debug)]
struct User {
    name: Username,
    email: Email,
    age: u8,
}

fn field<'a>(record: &'a str, key: &'static str) -> Result<&'a str, RegError> {
    record
        .split(';')
        .filter_map(|kv| kv.split_once('='))
        .find(|(k, _)| k.trim() == key)
        .map(|(_, v)| v.trim())
        .ok_or(RegError::Field(key))
}

fn register(db: &mut BTreeMap<Username, User>, record: &str) -> Result<&'static str, RegError> {
    let name = Username::try_from(field(record, "user")?)?;
    let email: Email = field(record, "email")?.parse()?;
    let age: u8 = field(record, "age")?.parse()?;
    if age < 13 {
        return Err(RegError::TooYoung(age));
    }
    if db.contains_key(&name) {
        return Err(RegError::Taken(name));
    }
    db.insert(name.clone(), User { name, email, age });
    Ok("created")
}

fn shout(s: impl AsRef<str>) -> String {
    s.as_ref().to_uppercase()
}

fn main() {
    let records = [
        "user=Ana_B; email=ana@Example.ORG; age=31",
        "user=bob; email=bob@x.io; age=22",
        "user=carl99; email=carl.at.home; age=40",
        "user=dee; email=dee@mail.com; age=twelve",
        "user=Zed; email=z.ed@Corp.Example.net; age=13",
        "user=eddie; email=ed@mail.com; age=9",
        "email=fi@mail.com; age=50",
        "user=9lives; email=cat@mail.com; age=7",
        "user=gü; email=g@mail.com; age=20",
        "user=ANA_b; email=other@mail.com; age=29",
        "user=hal; email=hal@local.c; age=33",
        "user=ivy; email=Ivy@Mail.COM; age=300",
        "user=  jo_jo ; email=jo@@mail.com; age=18",
    ];
    let mut db = BTreeMap::new();
    for r in records {
        match register(&mut db, r) {
            Ok(s) => println!("ok   {:<42} {}", r, s),
            Err(e) => {
                let cause = e.source().map(|s| format!(" (cause: {})", s)).unwrap_or_default();
                println!("FAIL {:<42} {}{}", r, e, cause);
            }
        }
    }
    println!("--- {} users ---", db.len());
    for (name, u) in &db {
        let addr: String = u.email.clone().into();
        println!("{:<8} len={} upper={} age={:>3} email={}", &**name, name.len(), shout(name), u.age, addr);
        println!("         starts_with_a={} debug={:?}", name.starts_with('a'), u.name);
    }
    let names: Vec<&str> = db.keys().map(|k| k.deref()).collect();
    println!("names: {}", names.join(","));
    println!("shout str: {} / String: {}", shout("hi"), shout(String::from("there")));
}
