trait CheckDigit {
    const NAME: &'static str;
    const BASE: u32;
    type Output: std::fmt::Debug;

    fn digits(input: &str) -> Option<Vec<u32>> {
        let cleaned: String = input.chars().filter(|c| !c.is_whitespace()).collect();
        if cleaned.len() < 2 {
            return None;
        }
        cleaned.chars().map(|c| c.to_digit(Self::BASE)).collect()
    }

    fn checksum(digits: &[u32]) -> Self::Output;
    fn is_valid(sum: &Self::Output) -> bool;
}

struct Luhn;
struct Mod11;

impl CheckDigit for Luhn {
    const NAME: &'static str = "luhn";
    const BASE: u32 = 10;
    type Output = u32;

    fn checksum(digits: &[u32]) -> u32 {
        digits
            .iter()
            .rev()
            .enumerate()
            .map(|(i, &d)| if i % 2 == 1 { let x = d * 2; if x > 9 { x - 9 } else { x } } else { d })
            .sum()
    }

    fn is_valid(sum: &u32) -> bool {
        sum % 10 == 0
    }
}

impl CheckDigit for Mod11 {
    const NAME: &'static str = "mod11";
    const BASE: u32 = 10;
    type Output = (u32, u32);

    fn checksum(digits: &[u32]) -> (u32, u32) {
        let s: u32 = digits.iter().rev().zip(1..).map(|(d, w)| d * w).sum();
        (s, s % 11)
    }

    fn is_valid(sum: &(u32, u32)) -> bool {
        sum.1 == 0
    }
}

fn validate<C: CheckDigit>(input: &str) -> Result<C::Output, String> {
    let digits = C::digits(input).ok_or_else(|| format!("{}: {:?} is not a valid digit string", C::NAME, input))?;
    let sum = C::checksum(&digits);
    if C::is_valid(&sum) { Ok(sum) } else { Err(format!("{}: checksum {:?} fails", C::NAME, sum)) }
}

fn luhn_complete(partial: &str) -> Option<String> {
    (0..10).map(|d| format!("{}{}", partial, d)).find(|s| validate::<Luhn>(s).is_ok())
}

fn report(inputs: impl IntoIterator<Item = &'static str>, check: impl Fn(&str) -> bool) -> usize {
    inputs.into_iter().filter(|s| check(s)).inspect(|s| println!("    accepted {:?}", s)).count()
}

fn main() {
    let cards = ["4539 3195 0343 6467", "8273 1232 7352 0569", "059", "0", " 0", "055 444 285", "059a", "091", "9999999999 9999999999 9999999999 9999999999", "1 2 3 4 5 6"];
    for c in cards {
        match validate::<Luhn>(c) {
            Ok(sum) => println!("{:<45} valid  (sum {})", format!("{:?}", c), sum),
            Err(e) => println!("{:<45} {}", format!("{:?}", c), e),
        }
    }
    println!("mod11 checks:");
    for c in ["123456", "0123456789", "55", "12 a"] {
        println!("  {:<12} -> {:?}", c, validate::<Mod11>(c));
    }
    println!("constants: {} base {} / {} base {}", Luhn::NAME, Luhn::BASE, Mod11::NAME, Mod11::BASE);

    for partial in ["7992739871", "4539 3195 0343 646", "12"] {
        println!("complete {:?} -> {:?}", partial, luhn_complete(partial));
    }
    println!("luhn accepted:");
    let n = report(cards, |s| validate::<Luhn>(s).is_ok());
    println!("  total {}", n);
    println!("both accepted:");
    let n2 = report(["0", "00", "000", "5500", "1100"], |s| validate::<Luhn>(s).is_ok() && validate::<Mod11>(s).is_ok());
    println!("  total {}", n2);
    let doubled: Vec<u32> = (0..10).map(|d| Luhn::checksum(&[d, 0])).collect();
    println!("doubling table: {:?}", doubled);
}
