// Largest series product: find the greatest product of `span` adjacent digits.
use std::fmt;

#[derive(Debug, PartialEq, Eq)]
pub enum SeriesError {
    SpanTooLong,
    InvalidDigit(char),
}

impl fmt::Display for SeriesError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            SeriesError::SpanTooLong => write!(f, "span must not exceed string length"),
            SeriesError::InvalidDigit(c) => write!(f, "digits input must only contain digits, found {:?}", c),
        }
    }
}

pub fn series(digits: &str, len: usize) -> Vec<String> {
    let chars: Vec<char> = digits.chars().collect();
    if len == 0 {
        return vec![String::new(); chars.len() + 1];
    }
    chars.windows(len).map(|w| w.iter().collect()).collect()
}

pub fn lsp(digits: &str, span: usize) -> Result<u64, SeriesError> {
    if span > digits.len() {
        return Err(SeriesError::SpanTooLong);
    }
    let nums = digits
        .chars()
        .map(|c| c.to_digit(10).map(u64::from).ok_or(SeriesError::InvalidDigit(c)))
        .collect::<Result<Vec<u64>, _>>()?;
    if span == 0 {
        return Ok(1);
    }
    Ok(nums.windows(span).map(|w| w.iter().product()).max().unwrap_or(0))
}

pub fn lsp_or_panic(digits: &str, span: usize) -> u64 {
    lsp(digits, span).unwrap_or_else(|e| panic!("{}", e))
}

#[cfg(test)]
mod tests {
    use super::*;

    mod slicing {
        use super::*;

        #[test]
        fn slices_of_two() {
            assert_eq!(series("92017", 2), vec!["92", "20", "01", "17"]);
        }

        #[test]
        fn slice_too_long() {
            assert!(series("92017", 6).is_empty());
        }

        #[test]
        fn empty_slices() {
            assert_eq!(series("123", 0).len(), 4);
        }
    }

    mod product {
        use super::*;

        #[test]
        fn finds_largest() {
            assert_eq!(lsp("0123456789", 2), Ok(72));
            assert_eq!(lsp("63915", 3), Ok(162));
        }

        #[test]
        fn all_zero() {
            assert_eq!(lsp("0000", 2), Ok(0));
        }

        #[test]
        fn euler_example() -> Result<(), SeriesError> {
            let big = "73167176531330624919225119674426574742355349194934";
            assert_eq!(lsp(big, 6)?, 23520);
            Ok(())
        }

        #[test]
        fn errors() {
            assert_eq!(lsp("123", 4), Err(SeriesError::SpanTooLong));
            assert_eq!(lsp("1234a5", 2), Err(SeriesError::InvalidDigit('a')));
        }

        #[test]
        #[should_panic(expected = "span must not exceed string length")]
        fn panics_when_span_too_long() {
            lsp_or_panic("12", 3);
        }

        #[test]
        #[should_panic(expected = "found 'x'")]
        fn panics_on_letters() {
            lsp_or_panic("12x4", 2);
        }
    }
}
