// Caesar / rotational cipher with a parsed key.
use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key(u8);

#[derive(Debug, PartialEq, Eq)]
pub enum KeyError {
    Empty,
    NotANumber(String),
    OutOfRange(i64),
}

impl fmt::Display for KeyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            KeyError::Empty => write!(f, "key is empty"),
            KeyError::NotANumber(s) => write!(f, "'{}' is not a number", s),
            KeyError::OutOfRange(n) => write!(f, "key {} is out of range 0..=25", n),
        }
    }
}

impl std::error::Error for KeyError {}

impl FromStr for Key {
    type Err = KeyError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        if s.is_empty() {
            return Err(KeyError::Empty);
        }
        let n: i64 = s.parse().map_err(|_| KeyError::NotANumber(s.to_string()))?;
        if !(0..=25).contains(&n) {
            return Err(KeyError::OutOfRange(n));
        }
        Ok(Key(n as u8))
    }
}

impl Key {
    pub fn inverse(self) -> Key {
        Key((26 - self.0) % 26)
    }
}

fn shift(c: char, by: u8) -> char {
    let base = match c {
        'a'..='z' => b'a',
        'A'..='Z' => b'A',
        _ => return c,
    };
    (((c as u8 - base + by) % 26) + base) as char
}

pub fn encrypt(text: &str, key: Key) -> String {
    text.chars().map(|c| shift(c, key.0)).collect()
}

pub fn decrypt(text: &str, key: Key) -> String {
    encrypt(text, key.inverse())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(s: &str) -> Result<Key, String> {
        s.parse::<Key>().map_err(|e| e.to_string())
    }

    #[test]
    fn rotate_by_thirteen() -> Result<(), String> {
        let k = key("13")?;
        assert_eq!(encrypt("Hello, World!", k), "Uryyb, Jbeyq!");
        Ok(())
    }

    #[test]
    fn round_trip() -> Result<(), String> {
        let k = key(" 7 ")?;
        let secret = encrypt("The quick brown fox", k);
        assert_ne!(secret, "The quick brown fox", "ciphertext should differ");
        assert_eq!(decrypt(&secret, k), "The quick brown fox");
        Ok(())
    }

    #[test]
    fn zero_key_is_identity() -> Result<(), Box<dyn std::error::Error>> {
        let k: Key = "0".parse()?;
        assert_eq!(encrypt("abc XYZ", k), "abc XYZ");
        Ok(())
    }

    #[test]
    fn wraps_around() {
        let k: Key = "3".parse().unwrap();
        assert_eq!(encrypt("xyz", k), "abc");
    }

    #[test]
    fn parse_errors() {
        assert_eq!("".parse::<Key>(), Err(KeyError::Empty));
        assert_eq!("abc".parse::<Key>(), Err(KeyError::NotANumber("abc".into())));
        assert_eq!("26".parse::<Key>(), Err(KeyError::OutOfRange(26)));
    }

    #[test]
    fn error_messages() {
        let err = "-4".parse::<Key>().unwrap_err();
        assert_eq!(err.to_string(), "key -4 is out of range 0..=25");
    }

    #[test]
    fn inverse_of_zero() {
        assert_eq!(Key(0).inverse(), Key(0));
        assert_eq!(Key(1).inverse(), Key(25));
    }
}
