use std::borrow::Cow;

const VOWELS: [char; 5] = ['a', 'e', 'i', 'o', 'u'];

fn starts_with_vowel_sound(word: &str) -> bool {
    word.starts_with(VOWELS) || word.starts_with("xr") || word.starts_with("yt")
}

fn split_onset(word: &str) -> (&str, &str) {
    let bytes = word.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i] as char;
        if VOWELS.contains(&c) {
            if c == 'u' && i > 0 && bytes[i - 1] == b'q' {
                i += 1;
            }
            break;
        }
        if c == 'y' && i > 0 {
            break;
        }
        i += 1;
    }
    word.split_at(i)
}

fn translate_word(word: &str) -> Cow<'_, str> {
    if word.is_empty() || !word.chars().all(|c| c.is_ascii_lowercase()) {
        return Cow::Borrowed(word);
    }
    if starts_with_vowel_sound(word) {
        return Cow::Owned(format!("{}ay", word));
    }
    let (onset, rest) = split_onset(word);
    Cow::Owned(format!("{}{}ay", rest, onset))
}

fn translate(sentence: &str) -> String {
    sentence.split(' ').map(translate_word).collect::<Vec<_>>().join(" ")
}

fn untranslate_guess(word: &str) -> Option<String> {
    let stem = word.strip_suffix("ay")?;
    let mut chars: Vec<char> = stem.chars().collect();
    let moved = chars.iter().rev().take_while(|c| !VOWELS.contains(c)).count();
    chars.rotate_right(moved);
    Some(chars.into_iter().collect())
}

fn main() {
    let words = ["apple", "ear", "pig", "koala", "xray", "yttria", "queen", "square", "chair", "therapy", "thrush", "school",
        "rhythm", "my", "yellow", "", "Hello", "x"];
    for w in words {
        let t = translate_word(w);
        let kind = if matches!(t, Cow::Borrowed(_)) { "unchanged" } else { "translated" };
        let (onset, rest) = split_onset(w);
        println!("{:>8} -> {:<12} [{:^10}] onset={:?} rest={:?}", w, t, kind, onset, rest);
    }

    let sentences = ["quick fast run", "the yellow dog jumps over the lazy fox", "Rust is fun"];
    for s in sentences {
        let t = translate(s);
        println!("{:?}\n  => {:?}", s, t);
        let back: Vec<String> = t.split(' ').filter_map(untranslate_guess).collect();
        println!("  naive back-translation: {:?}", back);
    }

    let text = translate("the quick brown fox jumps over the lazy dog");
    let mut letter_counts = [0u32; 26];
    for c in text.chars().filter(char::is_ascii_lowercase) {
        letter_counts[(c as u8 - b'a') as usize] += 1;
    }
    let top: Vec<(char, u32)> = {
        let mut v: Vec<(char, u32)> = letter_counts
            .iter()
            .enumerate()
            .filter(|&(_, &n)| n > 0)
            .map(|(i, &n)| (char::from_u32('a' as u32 + i as u32).unwrap(), n))
            .collect();
        v.sort_by_key(|&(c, n)| (std::cmp::Reverse(n), c));
        v.truncate(5);
        v
    };
    println!("most common letters after translation: {:?}", top);
    let ay_count = text.matches("ay").count();
    println!("'ay' occurs {} times in {} chars", ay_count, text.len());
    let longest = text.split(' ').max_by_key(|w| w.len()).unwrap_or_default();
    println!("longest translated word: {:?} ({} chars)", longest, longest.len());
}
