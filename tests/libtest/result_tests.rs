// Parsing a config line; the tests return Result and use `?`, some of them failing with Err.
use std::collections::BTreeMap;
use std::fmt;
use std::num::ParseIntError;

#[derive(Debug, PartialEq)]
pub enum ConfigError {
    MissingEquals(String),
    BadNumber(String, ParseIntError),
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            ConfigError::MissingEquals(line) => write!(f, "no '=' in {line:?}"),
            ConfigError::BadNumber(key, e) => write!(f, "bad number for {key}: {e}"),
        }
    }
}

impl std::error::Error for ConfigError {}

pub fn parse(text: &str) -> Result<BTreeMap<String, i64>, ConfigError> {
    let mut map = BTreeMap::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let (key, value) = line.split_once('=').ok_or_else(|| ConfigError::MissingEquals(line.to_string()))?;
        let n = value.trim().parse::<i64>().map_err(|e| ConfigError::BadNumber(key.trim().to_string(), e))?;
        map.insert(key.trim().to_string(), n);
    }
    Ok(map)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_two_keys() -> Result<(), ConfigError> {
        let map = parse("width = 80\nheight=24")?;
        assert_eq!(map["width"], 80);
        assert_eq!(map.len(), 2);
        Ok(())
    }

    #[test]
    fn number_error() -> Result<(), String> {
        let map = parse("depth = deep").map_err(|e| e.to_string())?;
        println!("parsed {map:?}");
        Ok(())
    }

    #[test]
    fn missing_equals() -> Result<(), ConfigError> {
        println!("parsing a line without '='");
        parse("just words")?;
        Ok(())
    }

    #[test]
    fn boxed_error() -> Result<(), Box<dyn std::error::Error>> {
        let n: i32 = "42".parse()?;
        assert_eq!(n, 42);
        let m: i32 = "4x2".parse()?;
        assert_eq!(m, 42);
        Ok(())
    }

    #[test]
    fn expected_error_is_ok() -> Result<(), String> {
        match parse("a = 1\nb") {
            Err(ConfigError::MissingEquals(line)) if line == "b" => Ok(()),
            other => Err(format!("unexpected {other:?}")),
        }
    }
}
