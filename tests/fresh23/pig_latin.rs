use std::collections::BTreeMap;

const VOWELS: [char; 5] = ['a', 'e', 'i', 'o', 'u'];

fn is_vowel(c: char) -> bool {
    VOWELS.contains(&c.to_ascii_lowercase())
}

type Rule = Box<dyn Fn(&str) -> Option<String>>;

fn rules() -> Vec<(&'static str, Rule)> {
    vec![
        ("vowel/xr/yt", Box::new(|w: &str| {
            let starts = w.starts_with("xr") || w.starts_with("yt") || w.chars().next().is_some_and(is_vowel);
            starts.then(|| format!("{w}ay"))
        })),
        ("consonants+qu", Box::new(|w: &str| {
            let idx = w.find("qu")?;
            w[..idx].chars().all(|c| !is_vowel(c)).then(|| format!("{}{}ay", &w[idx + 2..], &w[..idx + 2]))
        })),
        ("consonants+y", Box::new(|w: &str| {
            let idx = w.char_indices().skip(1).find(|&(_, c)| c == 'y')?.0;
            w[..idx].chars().all(|c| !is_vowel(c)).then(|| format!("{}{}ay", &w[idx..], &w[..idx]))
        })),
        ("consonant cluster", Box::new(|w: &str| {
            let idx = w.find(is_vowel)?;
            Some(format!("{}{}ay", &w[idx..], &w[..idx]))
        })),
    ]
}

fn translate_word(word: &str, rules: &[(&'static str, Rule)]) -> (String, &'static str) {
    let lower = word.to_lowercase();
    for (name, rule) in rules {
        if let Some(out) = rule(&lower) {
            let capitalised = word.chars().next().is_some_and(|c| c.is_uppercase());
            let out = if capitalised {
                let mut cs = out.chars();
                cs.next().map(|f| f.to_uppercase().chain(cs).collect()).unwrap_or_default()
            } else {
                out
            };
            return (out, name);
        }
    }
    (format!("{lower}ay"), "fallback")
}

fn translate(text: &str) -> String {
    let rs = rules();
    text.split_whitespace().map(|w| translate_word(w, &rs).0).collect::<Vec<_>>().join(" ")
}

fn main() {
    let rs = rules();
    let words = [
        "apple", "ear", "igloo", "object", "under", "equal", "pig", "koala", "xenon", "qat", "chair",
        "queen", "square", "therapy", "thrush", "school", "yttria", "xray", "yellow", "rhythm", "my", "Rust", "psst",
    ];
    let mut used: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for w in words {
        let (out, rule) = translate_word(w, &rs);
        println!("{:<10} -> {:<12} [{}]", w, out, rule);
        used.entry(rule).or_default().push(w);
    }

    println!("\nRule usage:");
    for (rule, ws) in &used {
        println!("  {rule:<18} {:>2}: {}", ws.len(), ws.join(", "));
    }

    let sentences = ["quick fast run", "the quick brown fox", "Hello World from Pig Latin"];
    println!();
    for s in sentences {
        println!("{s:?}\n   => {:?}", translate(s));
    }

    let longest = words.iter().map(|w| translate_word(w, &rs).0).max_by_key(|s| s.len()).unwrap_or_default();
    println!("\nlongest translation: {longest} ({} chars)", longest.len());
    let total_growth: usize = words.iter().map(|w| translate_word(w, &rs).0.len() - w.len()).sum();
    println!("average growth: {:.2} chars/word", total_growth as f64 / words.len() as f64);
}
