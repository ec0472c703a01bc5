use std::fmt;

pub struct Roman(u32);

const TABLE: [(u32, &str); 13] = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"),
    (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
    (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
];

impl fmt::Display for Roman {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut n = self.0;
        let mut out = String::new();
        for &(value, symbol) in TABLE.iter() {
            while n >= value {
                out += symbol;
                n -= value;
            }
        }
        f.pad(&out)
    }
}

impl From<u32> for Roman {
    fn from(num: u32) -> Self {
        Roman(num)
    }
}

fn parse_roman(s: &str) -> Result<u32, String> {
    let value = |c: char| -> Result<u32, String> {
        Ok(match c {
            'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50,
            'C' => 100, 'D' => 500, 'M' => 1000,
            _ => return Err(format!("invalid numeral '{}'", c)),
        })
    };
    let digits: Vec<u32> = s.chars().map(value).collect::<Result<_, _>>()?;
    let mut total = 0;
    for (i, &d) in digits.iter().enumerate() {
        match digits.get(i + 1) {
            Some(&next) if next > d => total -= d as i64,
            _ => total += d as i64,
        }
    }
    Ok(total as u32)
}

fn main() {
    for n in [1, 2, 3, 4, 5, 6, 9, 16, 27, 48, 59, 93, 141, 163, 402, 575, 911, 1024, 1999, 3000, 3999] {
        let r = Roman::from(n);
        let text = r.to_string();
        let back = parse_roman(&text).unwrap();
        println!("{:>4} = [{:<12}] back={}", n, r, back);
    }
    println!("{:?}", parse_roman("MMXXIV"));
    println!("{:?}", parse_roman("XIZ"));
    println!("[{:>8}]", Roman(14));
}
