// Scrabble scoring with letter and word multipliers.
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Bonus {
    None,
    DoubleLetter,
    TripleLetter,
    DoubleWord,
    TripleWord,
}

pub struct Scorer {
    values: HashMap<char, u32>,
}

impl Scorer {
    pub fn new() -> Self {
        let groups: [(u32, &str); 7] = [
            (1, "aeioulnrst"),
            (2, "dg"),
            (3, "bcmp"),
            (4, "fhvwy"),
            (5, "k"),
            (8, "jx"),
            (10, "qz"),
        ];
        let mut values = HashMap::new();
        for (score, letters) in groups {
            for c in letters.chars() {
                values.insert(c, score);
            }
        }
        Scorer { values }
    }

    pub fn letter(&self, c: char) -> u32 {
        *self.values.get(&c.to_ascii_lowercase()).unwrap_or(&0)
    }

    pub fn word(&self, word: &str) -> u32 {
        word.chars().map(|c| self.letter(c)).sum()
    }

    pub fn placed(&self, word: &str, bonuses: &[Bonus]) -> u32 {
        let mut word_mult = 1;
        let mut total = 0;
        for (i, c) in word.chars().enumerate() {
            let base = self.letter(c);
            match bonuses.get(i).copied().unwrap_or(Bonus::None) {
                Bonus::None => total += base,
                Bonus::DoubleLetter => total += base * 2,
                Bonus::TripleLetter => total += base * 3,
                Bonus::DoubleWord => {
                    total += base;
                    word_mult *= 2;
                }
                Bonus::TripleWord => {
                    total += base;
                    word_mult *= 3;
                }
            }
        }
        let bingo = if word.chars().count() == 7 { 50 } else { 0 };
        total * word_mult + bingo
    }

    pub fn best<'a>(&self, words: &[&'a str]) -> Option<&'a str> {
        words.iter().copied().max_by_key(|w| (self.word(w), std::cmp::Reverse(*w)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scorer() -> Scorer {
        Scorer::new()
    }

    #[test]
    fn single_letters() {
        let s = scorer();
        assert_eq!(s.letter('a'), 1);
        assert_eq!(s.letter('Z'), 10);
        assert_eq!(s.letter('?'), 0, "unknown tiles are worth nothing");
    }

    #[test]
    fn whole_words() {
        let s = scorer();
        assert_eq!(s.word("street"), 6);
        assert_eq!(s.word("quirky"), 22);
        assert_eq!(s.word(""), 0);
    }

    #[test]
    fn entire_alphabet() {
        assert_eq!(scorer().word("abcdefghijklmnopqrstuvwxyz"), 87);
    }

    #[test]
    fn letter_bonuses() {
        let s = scorer();
        assert_eq!(s.placed("cat", &[Bonus::TripleLetter, Bonus::None, Bonus::DoubleLetter]), 12);
    }

    #[test]
    fn word_bonuses_stack() {
        let s = scorer();
        let bonuses = [Bonus::DoubleWord, Bonus::None, Bonus::None, Bonus::TripleWord];
        assert_eq!(s.placed("jazz", &bonuses), 29 * 6);
    }

    #[test]
    fn bingo_bonus() {
        let s = scorer();
        let score = s.placed("quizzes", &[]);
        println!("quizzes scores {}", score);
        assert_eq!(score, s.word("quizzes") + 50);
    }

    #[test]
    fn best_word_ties_broken_alphabetically() {
        let s = scorer();
        assert_eq!(s.best(&["cat", "act", "dog"]), Some("act"));
        assert_eq!(s.best(&[]), None);
    }
}
