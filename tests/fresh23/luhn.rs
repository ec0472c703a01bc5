use std::fmt;

#[derive(Debug)]
enum LuhnError {
    TooShort,
    BadChar(char),
}

impl fmt::Display for LuhnError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            LuhnError::TooShort => write!(f, "need at least two digits"),
            LuhnError::BadChar(c) => write!(f, "non-digit character {c:?}"),
        }
    }
}

impl std::error::Error for LuhnError {}

fn parse_digits(code: &str) -> Result<Vec<u32>, LuhnError> {
    let digits = code
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_digit(10).ok_or(LuhnError::BadChar(c)))
        .collect::<Result<Vec<_>, _>>()?;
    if digits.len() < 2 {
        return Err(LuhnError::TooShort);
    }
    Ok(digits)
}

fn luhn_sum(digits: &[u32]) -> u32 {
    digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| if i % 2 == 1 { let x = d * 2; if x > 9 { x - 9 } else { x } } else { d })
        .sum()
}

fn is_valid(code: &str) -> bool {
    parse_digits(code).map(|d| luhn_sum(&d) % 10 == 0).unwrap_or(false)
}

trait Luhn {
    fn valid_luhn(&self) -> bool;
}

impl<T: ToString> Luhn for T {
    fn valid_luhn(&self) -> bool {
        is_valid(&self.to_string())
    }
}

fn check_digit(partial: &str) -> Result<u32, LuhnError> {
    let mut digits = parse_digits(&format!("{partial}0"))?;
    let s = luhn_sum(&digits);
    let check = (10 - s % 10) % 10;
    *digits.last_mut().unwrap() = check;
    debug_assert_eq!(luhn_sum(&digits) % 10, 0);
    Ok(check)
}

fn group(code: &str, size: usize) -> String {
    let clean: Vec<char> = code.chars().filter(|c| !c.is_whitespace()).collect();
    clean.chunks(size).map(|c| c.iter().collect::<String>()).collect::<Vec<_>>().join(" ")
}

fn main() {
    let codes = [
        "1", "0", "059", "59", "055 444 285", "055 444 286", "8273 1232 7352 0569",
        "1 2345 6789 1234 5678 9012", "055a 444 285", "055-444-285", " 0", "0000 0", "091", "9999999999 9999999999 9999999999 9999999999",
    ];
    for code in codes {
        let detail = match parse_digits(code) {
            Ok(d) => format!("sum={:>3}", luhn_sum(&d)),
            Err(e) => format!("error: {e}"),
        };
        println!("{:<48} {:<6} {}", format!("{code:?}"), is_valid(code), detail);
    }

    println!("\nUsing the blanket trait:");
    let numbers: [u64; 5] = [79927398713, 79927398710, 4539319503436467, 8112189876, 1234567812345670];
    for n in numbers {
        println!("{:>20} -> {}", n, n.valid_luhn());
    }
    println!("{:>20} -> {}", "\"4111 1111 1111 1111\"", "4111 1111 1111 1111".valid_luhn());

    println!("\nCheck digits:");
    for partial in ["7992739871", "411111111111111", "453931950343646", "12x"] {
        match check_digit(partial) {
            Ok(d) => {
                let full = format!("{partial}{d}");
                println!("  {partial:<16} + {d} = {:<22} valid={}", group(&full, 4), full.valid_luhn());
            }
            Err(e) => println!("  {partial:<16} error: {e}"),
        }
    }

    let valid_in_range: Vec<u32> = (100..200).step_by(1).filter(|n| n.valid_luhn()).collect();
    println!("\nvalid numbers in 100..200: {:?}", valid_in_range);
}
