// ETL exercise: convert the legacy Scrabble score table
// (score -> letters) into a letter -> score map.
use std::collections::BTreeMap;

pub fn transform(legacy: &BTreeMap<i32, Vec<char>>) -> BTreeMap<char, i32> {
    legacy
        .iter()
        .flat_map(|(&score, letters)| letters.iter().map(move |c| (c.to_ascii_lowercase(), score)))
        .collect()
}

pub fn invert(map: &BTreeMap<char, i32>) -> BTreeMap<i32, Vec<char>> {
    let mut out: BTreeMap<i32, Vec<char>> = BTreeMap::new();
    for (&c, &score) in map {
        out.entry(score).or_default().push(c.to_ascii_uppercase());
    }
    out
}

pub fn word_score(table: &BTreeMap<char, i32>, word: &str) -> i32 {
    word.chars()
        .filter_map(|c| table.get(&c.to_ascii_lowercase()))
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn legacy_input(pairs: &[(i32, &str)]) -> BTreeMap<i32, Vec<char>> {
        pairs.iter().map(|&(s, l)| (s, l.chars().collect())).collect()
    }

    fn full_table() -> BTreeMap<char, i32> {
        transform(&legacy_input(&[
            (1, "AEIOULNRST"),
            (2, "DG"),
            (3, "BCMP"),
            (4, "FHVWY"),
            (5, "K"),
            (8, "JX"),
            (10, "QZ"),
        ]))
    }

    #[test]
    fn single_letter() {
        let out = transform(&legacy_input(&[(1, "A")]));
        assert_eq!(out, BTreeMap::from([('a', 1)]));
    }

    #[test]
    fn single_score_multiple_letters() {
        let out = transform(&legacy_input(&[(1, "AEIOU")]));
        let keys: String = out.keys().collect();
        assert_eq!(keys, "aeiou");
        assert!(out.values().all(|&v| v == 1));
    }

    #[test]
    fn multiple_scores() {
        let out = transform(&legacy_input(&[(1, "AE"), (2, "DG")]));
        let pairs: Vec<_> = out.into_iter().collect();
        assert_eq!(pairs, vec![('a', 1), ('d', 2), ('e', 1), ('g', 2)]);
    }

    #[test]
    fn full_alphabet() {
        let table = full_table();
        assert_eq!(table.len(), 26, "every letter must have a score");
        assert_eq!(table[&'z'], 10);
    }

    #[test]
    fn round_trip_through_invert() {
        let legacy = legacy_input(&[(1, "AE"), (3, "BC")]);
        assert_eq!(invert(&transform(&legacy)), legacy);
    }

    #[test]
    fn scoring_words() {
        let table = full_table();
        assert_eq!(word_score(&table, "cabbage"), 14);
        assert_eq!(word_score(&table, "OxyphenButazone"), 41);
        assert_eq!(word_score(&table, "a-b c!"), 7, "non-letters score nothing");
    }
}
