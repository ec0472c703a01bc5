fn title_case(s: &str) -> String {
    s.split_whitespace()
        .map(|w| {
            let mut cs = w.chars();
            match cs.next() {
                Some(first) => first.to_uppercase().collect::<String>() + &cs.as_str().to_lowercase(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn parse_kv(line: &str) -> Option<(&str, f64)> {
    let (key, value) = line.split_once('=')?;
    let value = value.trim().trim_end_matches(';').parse::<f64>().ok()?;
    Some((key.trim(), value))
}

fn vowel_positions(s: &str) -> Vec<(usize, char)> {
    s.char_indices().filter(|(_, c)| "aeiouAEIOU".contains(*c)).collect()
}

fn compress(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let mut n = 1;
        while chars.peek() == Some(&c) {
            chars.next();
            n += 1;
        }
        if n > 1 {
            out.push_str(&n.to_string());
        }
        out.push(c);
    }
    out
}

fn main() {
    let text = "  the QUICK brown fox   jumps over the lazy dog  ";
    println!("[{}]", text.trim());
    println!("[{}]", text.trim_start());
    println!("title: {}", title_case(text));
    println!("upper: {}", text.trim().to_uppercase());
    println!("words: {}", text.split_whitespace().count());
    let longest = text.split_whitespace().max_by_key(|w| w.len()).unwrap();
    println!("longest: {longest}");
    let reversed: String = text.trim().split(' ').rev().filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ");
    println!("reversed words: {reversed}");
    println!("vowels in 'Programming In Rust': {:?}", vowel_positions("Programming In Rust"));

    let config = "width = 80\nheight=24.5;\n# comment\nratio = abc\nscale=  -1.5e2\n  = 3\nempty =";
    for line in config.lines() {
        if let Some(rest) = line.strip_prefix('#') {
            println!("comment:{rest}");
            continue;
        }
        match parse_kv(line) {
            Some((k, v)) if !k.is_empty() => println!("{k:>8} -> {v:.2}"),
            Some((_, v)) => println!("    (no key) -> {v}"),
            None => println!("  bad line {line:?}"),
        }
    }

    let path = "/home/user/docs/report.final.txt";
    let file = path.rsplit('/').next().unwrap();
    let stem = file.rsplit_once('.').map(|(s, _)| s).unwrap_or(file);
    println!("file={file} stem={stem} ext={:?}", file.rsplit_once('.').map(|(_, e)| e));
    println!("strip: {:?} {:?}", path.strip_prefix("/home/"), path.strip_suffix(".pdf"));
    println!("trim_matches: {}", "xx--hello--xx".trim_matches(|c| c == 'x' || c == '-'));
    println!("trim_start_matches: {}", "000042".trim_start_matches('0'));

    let greek = "Καλημέρα κόσμε";
    println!("{} bytes, {} chars, upper {}", greek.len(), greek.chars().count(), greek.to_uppercase());
    for (i, c) in greek.char_indices().take(4) {
        print!("{i}:{c} ");
    }
    println!();
    println!("compress: {} {} {}", compress("aaabccddddde"), compress("abc"), compress(""));
    let csv = "3.5, 2.25,abc, 10 ,-4";
    let nums: Vec<f64> = csv.split(',').filter_map(|s| s.trim().parse().ok()).collect();
    let total: f64 = nums.iter().sum();
    println!("nums {nums:?} sum {total} mean {:.3}", total / nums.len() as f64);
    let s = String::from("héllo wörld");
    let caps: String = s.chars().enumerate().map(|(i, c)| if i % 2 == 0 { c.to_ascii_uppercase() } else { c }).collect();
    println!("{caps}");
    println!("find: {:?} {:?} {:?}", s.find('w'), s.find("xyz"), s.rfind('l'));
    println!("replace: {}", s.replacen('l', "L", 2));
    println!("repeat: {}", "=-".repeat(8));
    let padded = format!("{:*^21}", " menu ");
    println!("{padded}");
}
