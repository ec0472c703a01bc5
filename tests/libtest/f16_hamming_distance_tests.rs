// Hamming distance between two DNA strands, with a proper error type.
use std::error::Error;
use std::fmt;

#[derive(Debug, PartialEq, Eq)]
pub enum HammingError {
    LengthMismatch { left: usize, right: usize },
    InvalidNucleotide { position: usize, found: char },
}

impl fmt::Display for HammingError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            HammingError::LengthMismatch { left, right } => {
                write!(f, "strands have different lengths ({} vs {})", left, right)
            }
            HammingError::InvalidNucleotide { position, found } => {
                write!(f, "invalid nucleotide '{}' at position {}", found, position)
            }
        }
    }
}

impl Error for HammingError {}

fn validate(strand: &str) -> Result<(), HammingError> {
    match strand.chars().enumerate().find(|(_, c)| !"ACGT".contains(*c)) {
        Some((position, found)) => Err(HammingError::InvalidNucleotide { position, found }),
        None => Ok(()),
    }
}

pub fn hamming_distance(a: &str, b: &str) -> Result<usize, HammingError> {
    let (la, lb) = (a.chars().count(), b.chars().count());
    if la != lb {
        return Err(HammingError::LengthMismatch { left: la, right: lb });
    }
    validate(a)?;
    validate(b)?;
    Ok(a.chars().zip(b.chars()).filter(|(x, y)| x != y).count())
}

/// Returns the index of the strand closest to `target`, ties broken by lowest index.
pub fn closest(target: &str, candidates: &[&str]) -> Option<usize> {
    candidates
        .iter()
        .enumerate()
        .filter_map(|(i, c)| hamming_distance(target, c).ok().map(|d| (d, i)))
        .min()
        .map(|(_, i)| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_strands() {
        assert_eq!(hamming_distance("", ""), Ok(0));
    }

    #[test]
    fn identical_strands() {
        assert_eq!(hamming_distance("GGACTGA", "GGACTGA"), Ok(0));
    }

    #[test]
    fn long_different_strands() -> Result<(), Box<dyn Error>> {
        let d = hamming_distance("GGACGGATTCTG", "AGGACGGATTCT")?;
        assert_eq!(d, 9);
        Ok(())
    }

    #[test]
    fn length_mismatch() {
        let err = hamming_distance("AATG", "AAA").unwrap_err();
        assert_eq!(err, HammingError::LengthMismatch { left: 4, right: 3 });
        assert_eq!(err.to_string(), "strands have different lengths (4 vs 3)");
    }

    #[test]
    fn invalid_letter() {
        let err = hamming_distance("ACXT", "ACGT").unwrap_err();
        assert_eq!(err.to_string(), "invalid nucleotide 'X' at position 2");
    }

    #[test]
    fn boxed_error_via_question_mark() {
        fn run() -> Result<usize, Box<dyn Error>> {
            Ok(hamming_distance("AC", "ACG")?)
        }
        let msg = run().unwrap_err().to_string();
        assert!(msg.contains("different lengths"), "unexpected message: {}", msg);
    }

    #[test]
    fn closest_candidate() {
        let target = "ACGTACGT";
        let candidates = ["TTTTTTTT", "ACGTACGA", "ACGTACG", "ACCTACGA"];
        assert_eq!(closest(target, &candidates), Some(1));
        assert_eq!(closest(target, &["AC"]), None);
    }
}
