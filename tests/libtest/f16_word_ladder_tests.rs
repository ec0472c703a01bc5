// Word ladder: shortest chain of one-letter changes between two words (BFS).
use std::collections::{BTreeSet, HashMap, VecDeque};

pub struct Dictionary {
    words: BTreeSet<String>,
}

impl Dictionary {
    pub fn new<I, S>(words: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Dictionary { words: words.into_iter().map(Into::into).collect() }
    }

    fn neighbours(&self, word: &str) -> Vec<String> {
        let mut out = Vec::new();
        let chars: Vec<char> = word.chars().collect();
        for i in 0..chars.len() {
            for c in 'a'..='z' {
                if c == chars[i] {
                    continue;
                }
                let mut next = chars.clone();
                next[i] = c;
                let candidate: String = next.into_iter().collect();
                if self.words.contains(&candidate) {
                    out.push(candidate);
                }
            }
        }
        out
    }

    pub fn ladder(&self, from: &str, to: &str) -> Option<Vec<String>> {
        if from.len() != to.len() || !self.words.contains(to) {
            return None;
        }
        let mut parent: HashMap<String, String> = HashMap::new();
        let mut queue = VecDeque::from([from.to_string()]);
        parent.insert(from.to_string(), String::new());
        while let Some(word) = queue.pop_front() {
            if word == to {
                let mut path = vec![word.clone()];
                let mut cur = word;
                while let Some(p) = parent.get(&cur).filter(|p| !p.is_empty()) {
                    path.push(p.clone());
                    cur = p.clone();
                }
                path.reverse();
                return Some(path);
            }
            for n in self.neighbours(&word) {
                if !parent.contains_key(&n) {
                    parent.insert(n.clone(), word.clone());
                    queue.push_back(n);
                }
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dict() -> Dictionary {
        Dictionary::new(["cold", "cord", "card", "ward", "warm", "corm", "worm", "word", "wood", "good"])
    }

    fn steps(path: &Option<Vec<String>>) -> Option<usize> {
        path.as_ref().map(|p| p.len() - 1)
    }

    mod search {
        use super::*;

        #[test]
        fn cold_to_warm() {
            let path = dict().ladder("cold", "warm");
            println!("path: {:?}", path);
            assert_eq!(steps(&path), Some(4));
            assert_eq!(path.unwrap(), ["cold", "cord", "word", "ward", "warm"]);
        }

        #[test]
        fn same_word() {
            assert_eq!(dict().ladder("good", "good"), Some(vec!["good".to_string()]));
        }

        #[test]
        fn unreachable_target() {
            let d = Dictionary::new(["abc", "xyz"]);
            assert_eq!(d.ladder("abc", "xyz"), None);
        }

        #[test]
        fn unknown_target_or_length_mismatch() {
            assert!(dict().ladder("cold", "heat").is_none());
            assert!(dict().ladder("cold", "co").is_none());
        }
    }

    mod neighbours {
        use super::*;

        #[test]
        fn of_word() {
            assert_eq!(dict().neighbours("word"), vec!["cord", "ward", "wood", "worm"]);
        }

        #[test]
        fn every_step_changes_one_letter() {
            let path = dict().ladder("cold", "good").expect("a path should exist");
            for pair in path.windows(2) {
                let diff = pair[0].chars().zip(pair[1].chars()).filter(|(a, b)| a != b).count();
                assert_eq!(diff, 1, "{} -> {} changes {} letters", pair[0], pair[1], diff);
            }
        }
    }

    #[test]
    #[ignore = "needs a full English word list"]
    fn head_to_tail() {
        let d = Dictionary::new(Vec::<String>::new());
        assert_eq!(steps(&d.ladder("head", "tail")), Some(5));
    }
}
