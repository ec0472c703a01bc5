use std::fmt;

#[derive(Debug, PartialEq)]
enum SeriesError {
    SpanTooLong { span: usize, len: usize },
    InvalidDigit(char),
}

impl fmt::Display for SeriesError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            SeriesError::SpanTooLong { span, len } => write!(f, "span {span} exceeds input length {len}"),
            SeriesError::InvalidDigit(c) => write!(f, "invalid digit {c:?}"),
        }
    }
}

impl std::error::Error for SeriesError {}

fn series(digits: &str, len: usize) -> Vec<String> {
    let chars: Vec<char> = digits.chars().collect();
    if len == 0 {
        return vec![String::new(); chars.len() + 1];
    }
    chars.windows(len).map(|w| w.iter().collect()).collect()
}

fn parse(digits: &str) -> Result<Vec<u64>, SeriesError> {
    digits
        .chars()
        .map(|c| c.to_digit(10).map(u64::from).ok_or(SeriesError::InvalidDigit(c)))
        .collect()
}

fn lsp(digits: &str, span: usize) -> Result<u64, SeriesError> {
    let ds = parse(digits)?;
    if span > ds.len() {
        return Err(SeriesError::SpanTooLong { span, len: ds.len() });
    }
    if span == 0 {
        return Ok(1);
    }
    Ok(ds.windows(span).map(|w| w.iter().product()).max().unwrap_or(0))
}

fn best_window(digits: &str, span: usize) -> Result<Option<(usize, String, u64)>, Box<dyn std::error::Error>> {
    let ds = parse(digits)?;
    if span == 0 || span > ds.len() {
        return Ok(None);
    }
    let best = ds
        .windows(span)
        .enumerate()
        .map(|(i, w)| (i, w.iter().product::<u64>()))
        .fold(None, |best: Option<(usize, u64)>, (i, p)| match best {
            Some((_, bp)) if bp >= p => best,
            _ => Some((i, p)),
        });
    Ok(best.map(|(i, p)| (i, digits[i..i + span].to_string(), p)))
}

fn main() {
    println!("series(\"49142\", 3) = {:?}", series("49142", 3));
    println!("series(\"49142\", 4) = {:?}", series("49142", 4));
    println!("series(\"777\", 1)   = {:?}", series("777", 1));
    println!("series(\"12\", 5)    = {:?}", series("12", 5));
    println!("series(\"12\", 0)    = {:?}", series("12", 0));

    println!();
    let cases: [(&str, usize); 9] = [
        ("29", 2), ("0123456789", 2), ("576802143", 2), ("1027839564", 3),
        ("99099", 3), ("123", 4), ("", 0), ("1234a5", 2), ("73167176531330624919225119674426574742355349194934", 6),
    ];
    for (input, span) in cases {
        let shown = if input.len() > 20 { format!("{}...", &input[..17]) } else { input.to_string() };
        match lsp(input, span) {
            Ok(p) => println!("lsp({shown:<20}, {span}) = {p:>10}"),
            Err(e) => println!("lsp({shown:<20}, {span}) ! {e}"),
        }
    }

    println!();
    let long = "73167176531330624919225119674426574742355349194934";
    for span in (1..=13).step_by(3) {
        match best_window(long, span) {
            Ok(Some((i, w, p))) => println!("span {span:>2}: best at index {i:>2} '{w}' product {p}"),
            Ok(None) => println!("span {span:>2}: none"),
            Err(e) => println!("span {span:>2}: error {e}"),
        }
    }

    let zero_runs: Vec<usize> = long.char_indices().filter(|&(_, c)| c == '0').map(|(i, _)| i).collect();
    println!("\nzeros at {:?}", zero_runs);
    let digit_sum: u64 = parse(long).unwrap().iter().sum();
    println!("digit sum {digit_sum}, mean {:.3}", digit_sum as f64 / long.len() as f64);
    if let Err(e) = best_window("12x", 2) {
        println!("best_window error: {e}");
    }
}
