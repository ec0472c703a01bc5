// Text statistics: lines, words, sentences, char classes, average word length, longest line.
fn main() {
    let text = "  The quick brown fox jumps over the lazy dog.  
It was 3 o'clock; the fox had been waiting since 12:45!
Why?   Nobody knows... Perhaps it was HUNGRY.

Numbers: 7 14 21 28 -5 3.5 x9 42
";
    let lines: Vec<&str> = text.lines().collect();
    let non_empty = lines.iter().filter(|l| !l.trim().is_empty()).count();
    println!("lines: {} ({} non-empty)", lines.len(), non_empty);

    let words: Vec<&str> = text.split_whitespace().collect();
    println!("words: {}", words.len());
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    let digits = text.chars().filter(char::is_ascii_digit).count();
    let upper = text.chars().filter(|c| c.is_uppercase()).count();
    let punct = text.chars().filter(|c| c.is_ascii_punctuation()).count();
    let spaces = text.chars().filter(|c| c.is_whitespace()).count();
    println!("letters={} digits={} upper={} punct={} whitespace={}", letters, digits, upper, punct, spaces);

    let clean: Vec<String> = words
        .iter()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    let avg = clean.iter().map(|w| w.chars().count()).sum::<usize>() as f64 / clean.len() as f64;
    println!("alphabetic words: {}, avg length {:.3}", clean.len(), avg);
    let longest = clean.iter().fold("", |best, w| if w.len() > best.len() { w } else { best });
    println!("longest word: {:?}", longest);

    let sentences = text.split(|c| c == '.' || c == '!' || c == '?').filter(|s| s.trim().len() > 1).count();
    println!("sentences (rough): {}", sentences);

    let (idx, longest_line) = lines.iter().enumerate().max_by_key(|(_, l)| l.trim().len()).unwrap();
    println!("longest line #{}: {:?}", idx + 1, longest_line.trim());

    let shouting: Vec<&String> = clean.iter().filter(|w| w.len() > 1 && w.chars().all(|c| c.is_uppercase())).collect();
    println!("shouted: {:?}", shouting);
    let nums: Vec<i32> = lines.last().unwrap().split_whitespace().filter_map(|t| t.parse().ok()).collect();
    let floats: Vec<f64> = lines.last().unwrap().split_whitespace().filter_map(|t| t.parse().ok()).collect();
    println!("ints {:?} sum {} | floats {:?}", nums, nums.iter().sum::<i32>(), floats);
    let title: String = lines[0]
        .trim()
        .split(' ')
        .map(|w| {
            let mut cs = w.chars();
            match cs.next() {
                Some(f) => f.to_uppercase().collect::<String>() + &cs.as_str().to_lowercase(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ");
    println!("title case: {}", title);
    println!("trailing spaces on line 1: {}", lines[0].len() - lines[0].trim_end().len());
    println!("upper: {}", lines[2].to_uppercase());
    println!("contains 'fox' on lines: {:?}", lines.iter().enumerate().filter(|(_, l)| l.contains("fox")).map(|(i, _)| i + 1).collect::<Vec<_>>());
}
