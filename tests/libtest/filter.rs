// A string toolkit; the run is filtered to the tests whose names contain "reverse".
pub fn reverse_words(s: &str) -> String {
    s.split_whitespace().rev().collect::<Vec<_>>().join(" ")
}

pub fn reverse_chars(s: &str) -> String {
    s.chars().rev().collect()
}

pub fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(first) => first.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reverse_words_keeps_words() {
        assert_eq!(reverse_words("the quick brown fox"), "fox brown quick the");
    }

    #[test]
    fn reverse_chars_of_unicode() {
        assert_eq!(reverse_chars("añb"), "bña");
    }

    #[test]
    fn capitalize_word() {
        assert_eq!(capitalize("rust"), "Rust");
    }

    #[test]
    fn capitalize_fails() {
        assert_eq!(capitalize("émile"), "Emile");
    }

    #[test]
    fn reverse_twice_fails() {
        let s = "level up";
        assert_eq!(reverse_chars(&reverse_words(s)), s);
    }
}
