use std::collections::{BTreeMap, BTreeSet};

struct Analyzer<'t> { text: &'t str }

impl<'t> Analyzer<'t> {
    fn words(&self) -> impl Iterator<Item = &'t str> {
        self.text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty())
    }
    fn longest_word(&self) -> Option<&'t str> {
        self.words().fold(None, |best: Option<&str>, w| match best {
            Some(b) if b.len() >= w.len() => Some(b),
            _ => Some(w),
        })
    }
}

fn is_palindrome(s: &str) -> bool {
    let cleaned: Vec<char> = s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect();
    cleaned.iter().eq(cleaned.iter().rev())
}

fn anagram_key(w: &str) -> String {
    let mut cs: Vec<char> = w.to_lowercase().chars().collect();
    cs.sort_unstable();
    cs.into_iter().collect()
}

fn group_anagrams<'a>(words: &[&'a str]) -> BTreeMap<String, BTreeSet<&'a str>> {
    let mut groups: BTreeMap<String, BTreeSet<&str>> = BTreeMap::new();
    for &w in words { groups.entry(anagram_key(w)).or_default().insert(w); }
    groups
}

fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut cs = w.chars();
            match cs.next() {
                Some(f) => f.to_uppercase().chain(cs.flat_map(|c| c.to_lowercase())).collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn longest_common_prefix<'a>(words: &[&'a str]) -> &'a str {
    let Some(first) = words.first() else { return "" };
    let mut end = first.len();
    for w in &words[1..] {
        end = first.char_indices().zip(w.chars()).take_while(|((_, a), b)| a == b).map(|((i, a), _)| i + a.len_utf8()).last().unwrap_or(0).min(end);
    }
    &first[..end]
}

fn compress_spaces(s: &str) -> String { s.split_whitespace().collect::<Vec<_>>().join(" ") }

fn main() {
    for p in ["A man, a plan, a canal: Panama", "racecar", "hello", "Was it a car or a cat I saw?", "", "ab"] {
        println!("palindrome {:<32} {}", format!("{:?}", p), is_palindrome(p));
    }
    let words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog", "Inlets"];
    let groups = group_anagrams(&words);
    for (key, members) in &groups {
        if members.len() > 1 { println!("anagrams [{}]: {:?}", key, members); }
    }
    let loners: Vec<&str> = groups.values().filter(|g| g.len() == 1).flat_map(|g| g.iter().copied()).collect();
    println!("no partner: {:?}", loners);
    println!("title: {}", title_case("the qUICK brown fox of éLAN"));
    println!("lcp: {:?}", longest_common_prefix(&["interstellar", "internet", "interval"]));
    println!("lcp: {:?}", longest_common_prefix(&["naïve", "naïveté"]));
    println!("lcp: {:?}", longest_common_prefix(&["abc", "xyz"]));
    println!("spaces: {:?}", compress_spaces("  too   many    spaces here  "));
    let text = String::from("It was the best of times, it was the worst of times; unforgettable.");
    let an = Analyzer { text: &text };
    println!("word count {} longest {:?}", an.words().count(), an.longest_word());
    let caps: Vec<String> = an.words().filter(|w| w.len() > 4).map(str::to_uppercase).collect();
    println!("long words upper: {:?}", caps);
    let reversed: String = text.split(' ').rev().collect::<Vec<_>>().join(" ");
    println!("reversed words: {}", reversed);
    let vowels = text.chars().filter(|c| "aeiouAEIOU".contains(*c)).count();
    println!("vowels: {}, bytes: {}, chars in 'naïve': {}", vowels, text.len(), "naïve".chars().count());
    let char_set: BTreeSet<char> = "mississippi".chars().collect();
    println!("unique letters of mississippi: {:?}", char_set);
    println!("replace: {}", "a-b-c".replacen('-', "+", 1));
    println!("{:?}", "key=value=more".split_once('='));
}
