pub fn is_valid(code: &str) -> bool {
    let cleaned: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if cleaned.len() <= 1 || !cleaned.chars().all(|c| c.is_ascii_digit()) {
        return false;
    }
    let sum: u32 = cleaned
        .chars()
        .rev()
        .filter_map(|c| c.to_digit(10))
        .enumerate()
        .map(|(i, d)| {
            if i % 2 == 1 {
                let dd = d * 2;
                if dd > 9 { dd - 9 } else { dd }
            } else {
                d
            }
        })
        .sum();
    sum % 10 == 0
}

struct Luhn {
    digits: String,
}

impl<T: ToString> From<T> for Luhn {
    fn from(input: T) -> Self {
        Luhn { digits: input.to_string() }
    }
}

impl Luhn {
    fn is_valid(&self) -> bool {
        is_valid(&self.digits)
    }

    fn check_digit(partial: &str) -> Option<u32> {
        (0..10).find(|d| is_valid(&format!("{}{}", partial, d)))
    }
}

fn main() {
    let cases = [
        "1",
        "0",
        "059",
        "59",
        "055 444 285",
        "055 444 286",
        "8273 1232 7352 0569",
        "1 2345 6789 1234 5678 9012",
        "1 2345 6789 1234 5678 9013",
        "095 245 88",
        "234 567 891 234",
        "059a",
        "055-444-285",
        " 0",
        "0000 0",
        "091",
    ];
    for c in cases.iter() {
        println!("{:<30} {}", format!("{:?}", c), if is_valid(c) { "valid" } else { "invalid" });
    }
    println!("from u64: {}", Luhn::from(4539_3195_0343_6467u64).is_valid());
    println!("from &str: {}", Luhn::from("8273 1232 7352 0562").is_valid());
    println!("from String: {}", Luhn::from(String::from("4539 3195 0343 6476")).is_valid());
    for partial in ["7992739871", "4539319503436", "12345"] {
        println!("check digit for {} is {:?}", partial, Luhn::check_digit(partial));
    }
}
