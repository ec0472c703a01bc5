pub fn is_valid(code: &str) -> bool {
    let stripped: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if stripped.len() <= 1 {
        return false;
    }
    let mut sum = 0;
    for (i, c) in stripped.chars().rev().enumerate() {
        let Some(d) = c.to_digit(10) else {
            return false;
        };
        sum += if i % 2 == 1 {
            let doubled = d * 2;
            if doubled > 9 { doubled - 9 } else { doubled }
        } else {
            d
        };
    }
    sum % 10 == 0
}

/// Same check written as one iterator chain with try_fold.
pub fn is_valid_fold(code: &str) -> bool {
    code.chars()
        .rev()
        .filter(|c| !c.is_whitespace())
        .try_fold((0u32, 0u32), |(count, sum), c| {
            c.to_digit(10).map(|d| {
                let v = if count % 2 == 1 { d * 2 } else { d };
                (count + 1, sum + if v > 9 { v - 9 } else { v })
            })
        })
        .is_some_and(|(count, sum)| count > 1 && sum % 10 == 0)
}

pub trait Luhn {
    fn valid_luhn(&self) -> bool;
}

impl<T: ToString> Luhn for T {
    fn valid_luhn(&self) -> bool {
        is_valid(&self.to_string())
    }
}

fn check_digit(partial: &str) -> u32 {
    (0..10).find(|d| is_valid(&format!("{partial}{d}"))).unwrap()
}

fn main() {
    let samples = [
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
        "055# 444$ 285",
        " 0",
        "0000 0",
        "091",
        "9999999999 9999999999 9999999999 9999999999",
        "109",
        ":9",
    ];
    for s in samples {
        let a = is_valid(s);
        let b = is_valid_fold(s);
        println!("{:<45} {:<5} {}", format!("{s:?}"), a, if a == b { "" } else { "MISMATCH" });
    }
    println!("u64 46454286 -> {}", 46454286u64.valid_luhn());
    println!("u8 240 -> {}", 240u8.valid_luhn());
    println!("&str \"046 454 287\" -> {}", "046 454 287".valid_luhn());
    println!("String -> {}", String::from("046 454 286").valid_luhn());
    for partial in ["7992739871", "453201511283036", "12345"] {
        println!("check digit for {partial} is {}", check_digit(partial));
    }
}
