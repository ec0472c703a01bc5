// Exercism-style "acronym" exercise: turn a phrase into its acronym.

/// Splits a phrase into words on whitespace, hyphens and underscores,
/// and further splits camelCase words.
pub fn abbreviate(phrase: &str) -> String {
    phrase
        .split(|c: char| c.is_whitespace() || c == '-' || c == '_')
        .filter(|w| !w.is_empty())
        .flat_map(word_initials)
        .collect()
}

fn word_initials(word: &str) -> Vec<char> {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.is_empty() {
        return Vec::new();
    }
    let all_upper = letters.iter().all(|c| c.is_uppercase());
    let mut out = vec![letters[0].to_ascii_uppercase()];
    if !all_upper {
        for pair in letters.windows(2) {
            if pair[0].is_lowercase() && pair[1].is_uppercase() {
                out.push(pair[1]);
            }
        }
    }
    out
}

/// Counts how many words the phrase has (after splitting like `abbreviate`).
pub fn word_count(phrase: &str) -> usize {
    phrase
        .split(|c: char| c.is_whitespace() || c == '-' || c == '_')
        .filter(|w| w.chars().any(|c| c.is_alphabetic()))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    mod basic {
        use super::*;

        #[test]
        fn empty_string() {
            assert_eq!(abbreviate(""), "");
        }

        #[test]
        fn simple_phrase() {
            assert_eq!(abbreviate("Portable Network Graphics"), "PNG");
        }

        #[test]
        fn lowercase_words() {
            assert_eq!(abbreviate("Ruby on Rails"), "ROR");
        }
    }

    mod punctuation {
        use super::*;

        #[test]
        fn hyphenated_words() {
            assert_eq!(abbreviate("Complementary metal-oxide semiconductor"), "CMOS");
        }

        #[test]
        fn underscores_are_separators() {
            assert_eq!(abbreviate("The Road _Not_ Taken"), "TRNT");
        }

        #[test]
        fn apostrophes_are_ignored() {
            assert_eq!(abbreviate("Halley's Comet"), "HC");
        }
    }

    mod casing {
        use super::*;

        #[test]
        fn camel_case_splits() {
            assert_eq!(abbreviate("HyperText Markup Language"), "HTML");
        }

        #[test]
        fn all_caps_word_is_one_letter() {
            assert_eq!(abbreviate("GNU Image Manipulation Program"), "GIMP");
        }
    }

    #[test]
    fn counts_words() {
        let phrase = "Something - I made up from thin air";
        assert_eq!(word_count(phrase), 7, "phrase was {:?}", phrase);
        assert_eq!(abbreviate(phrase), "SIMUFTA");
    }
}
