const ONES: [&str; 20] = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
];
const TENS: [&str; 10] = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const SCALES: [&str; 7] = ["", "thousand", "million", "billion", "trillion", "quadrillion", "quintillion"];

fn below_thousand(n: u64) -> String {
    let mut parts = Vec::new();
    let (h, rest) = (n / 100, n % 100);
    if h > 0 {
        parts.push(format!("{} hundred", ONES[h as usize]));
    }
    if rest > 0 {
        if rest < 20 {
            parts.push(ONES[rest as usize].to_string());
        } else if rest % 10 == 0 {
            parts.push(TENS[(rest / 10) as usize].to_string());
        } else {
            parts.push(format!("{}-{}", TENS[(rest / 10) as usize], ONES[(rest % 10) as usize]));
        }
    }
    parts.join(" ")
}

fn spell(n: i64) -> String {
    if n == 0 {
        return ONES[0].to_string();
    }
    let mut mag = n.unsigned_abs();
    let mut groups = Vec::new();
    let mut scale = 0;
    while mag > 0 {
        let g = mag % 1000;
        if g > 0 {
            let words = below_thousand(g);
            groups.push(if scale > 0 { format!("{} {}", words, SCALES[scale]) } else { words });
        }
        mag /= 1000;
        scale += 1;
    }
    groups.reverse();
    let body = groups.join(" ");
    if n < 0 { format!("minus {}", body) } else { body }
}

fn ordinal_suffix(n: u64) -> &'static str {
    match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    }
}

fn group_digits(n: i64, sep: char) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(sep);
        }
        out.push(ch);
    }
    if n < 0 { format!("-{}", out) } else { out }
}

fn main() {
    let nums = [0i64, 7, 13, 20, 42, 100, 101, 999, 1000, 1001, 12_345, 1_000_000, -305_000_017, 2_147_483_647, i64::MAX, i64::MIN];
    for n in nums {
        let words = spell(n);
        println!("{:>26} | {}", group_digits(n, ','), words);
    }
    let ords: Vec<String> = [1u64, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111, 112, 1003].iter().map(|&n| format!("{}{}", n, ordinal_suffix(n))).collect();
    println!("ordinals: {}", ords.join(" "));
    let longest = (1..=1000).max_by_key(|&n| (spell(n).len(), -n)).unwrap();
    println!("longest spelling below 1001: {} ({} chars): {}", longest, spell(longest).len(), spell(longest));
    let total_letters: usize = (1..=1000).map(|n| spell(n).chars().filter(|c| c.is_ascii_alphabetic()).count()).sum();
    println!("letters used writing 1..=1000 (no 'and'): {}", total_letters);
    let cheque = 1234.56f64;
    let dollars = cheque.trunc() as i64;
    let cents = ((cheque - dollars as f64) * 100.0).round() as i64;
    let mut line = format!("{} dollars and {:02}/100", spell(dollars), cents);
    if let Some(first) = line.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    println!("cheque: {:*<70}", line);
    println!("european grouping: {} / {}", group_digits(9_876_543_210, '.'), group_digits(-1000, ' '));
    let parsed: Vec<Result<i64, String>> = ["1,234", "12,34,5", "-9,999,999", "1_000"]
        .iter()
        .map(|s| s.replace(',', "").parse::<i64>().map_err(|e| format!("{}: {}", s, e)))
        .collect();
    println!("{:?}", parsed);
}
