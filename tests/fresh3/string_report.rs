use std::num::ParseIntError;

#[derive(Debug)]
struct Entry {
    name: String,
    amount: i64,
    tags: Vec<String>,
}

fn parse_line(line: &str) -> Result<Entry, String> {
    let line = line.trim();
    let rest = line.strip_prefix("ENTRY:").ok_or_else(|| format!("missing prefix in {:?}", line))?;
    let mut fields = rest.split(';').map(str::trim);
    let name = fields.next().filter(|s| !s.is_empty()).ok_or("empty name")?;
    let amount_str = fields.next().ok_or("missing amount")?;
    let amount: i64 = amount_str
        .trim_matches(|c| c == '$' || c == '_')
        .replace('_', "")
        .parse()
        .map_err(|e: ParseIntError| format!("amount {:?}: {}", amount_str, e))?;
    let tags = fields
        .next()
        .map(|t| t.split_whitespace().map(|w| w.trim_matches('#').to_lowercase()).collect())
        .unwrap_or_default();
    Ok(Entry { name: name.to_string(), amount, tags })
}

fn title_case(s: &str) -> String {
    s.split(|c: char| c == ' ' || c == '-')
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut cs = w.chars();
            match cs.next() {
                Some(f) => f.to_uppercase().collect::<String>() + &cs.as_str().to_lowercase(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn main() {
    let input = "
        ENTRY: widget-pro max ; $1_250 ; #Hardware #SALE
        ENTRY: consulting; -300; #services
        ENTRY:   ; 5
        ENTRY: gadget; 12x; #misc
        NOTE: this line is ignored
        ENTRY: ünïcode café ; 99999999999999999999
        ENTRY: refund ; -0042
    ";
    let mut good = Vec::new();
    for (n, line) in input.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        match parse_line(line) {
            Ok(e) => good.push(e),
            Err(msg) => println!("line {:>2}: {}", n, msg),
        }
    }
    println!("{:-<40}", "");
    for e in &good {
        println!("|{:<16}|{:>+8}|{:^12}|", title_case(&e.name), e.amount, e.tags.join(","));
    }
    println!("{:-<40}", "");
    let total: i64 = good.iter().map(|e| e.amount).sum();
    println!("total {:>10} hex {:#x} bin {:#b} oct {:o}", total, total, total & 0xff, total);
    println!("padded {:08.3} sci {:e} {:>12.4e}", total as f64 / 7.0, total as f64, 0.000123456);

    let sample = "Hello, Wörld! 123";
    for (i, c) in sample.char_indices().filter(|(_, c)| !c.is_ascii()) {
        println!("non-ascii {:?} at byte {} ({} bytes)", c, i, c.len_utf8());
    }
    let upper = sample.to_uppercase();
    println!("{} | {} | {}", upper, sample.to_ascii_lowercase(), sample.len());
    let bytes_sum: u32 = sample.bytes().filter(u8::is_ascii_digit).map(|b| (b - b'0') as u32).sum();
    println!("digit sum {}", bytes_sum);
    let words: Vec<&str> = sample.split_terminator(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    println!("{:?}", words);
    println!("{:?}", sample.find('W').map(|i| &sample[i..]));
    println!("{:?} {:?}", sample.rsplit_once(' '), "k=v=w".split_once('='));
    println!("[{:^9}] [{:*<7}] [{:>5}]", "mid", "ab", "toolongvalue");
    let repeated = "ab".repeat(3);
    println!("{} starts_with aba: {} ends: {}", repeated, repeated.starts_with("aba"), repeated.ends_with('b'));
    let rev: String = "stressed".chars().rev().collect();
    println!("{rev} {}", "a,b,,c".split(',').count());
}
