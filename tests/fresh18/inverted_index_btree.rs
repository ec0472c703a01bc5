// An inverted index keyed by &'a str slices of the documents it indexes, with
// BTreeMap range queries and entry().or_insert_with.
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ops::Bound;

struct Index<'a> {
    docs: Vec<&'a str>,
    postings: BTreeMap<&'a str, BTreeSet<usize>>,
    freq: HashMap<&'a str, usize>,
}

impl<'a> Index<'a> {
    fn build(docs: &[&'a str]) -> Self {
        let mut postings: BTreeMap<&'a str, BTreeSet<usize>> = BTreeMap::new();
        let mut freq: HashMap<&'a str, usize> = HashMap::new();
        for (i, d) in docs.iter().enumerate() {
            for w in d.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
                postings.entry(w).or_insert_with(BTreeSet::new).insert(i);
                *freq.entry(w).or_default() += 1;
            }
        }
        Index { docs: docs.to_vec(), postings, freq }
    }

    fn query_all(&self, terms: &[&str]) -> BTreeSet<usize> {
        let mut iter = terms.iter().map(|t| self.postings.get(t).cloned().unwrap_or_default());
        let first = iter.next().unwrap_or_default();
        iter.fold(first, |acc, s| acc.intersection(&s).copied().collect())
    }

    fn prefix(&self, p: &str) -> Vec<&'a str> {
        self.postings
            .range::<str, _>((Bound::Included(p), Bound::Unbounded))
            .take_while(|(k, _)| k.starts_with(p))
            .map(|(k, _)| *k)
            .collect()
    }

    fn most_frequent(&self) -> Option<(&'a str, usize)> {
        self.freq.iter().map(|(k, v)| (*k, *v)).max_by_key(|&(k, v)| (v, std::cmp::Reverse(k)))
    }

    fn doc(&self, i: usize) -> Option<&'a str> {
        self.docs.get(i).copied()
    }
}

fn main() {
    let corpus = String::from(
        "the cat sat on the mat\nthe dog sat on the log\ncats and dogs are pets\na cat chased the dog\nmats and logs",
    );
    let docs: Vec<&str> = corpus.lines().collect();
    let idx = Index::build(&docs);
    println!("{} docs, {} terms", idx.docs.len(), idx.postings.len());
    for q in [vec!["cat"], vec!["the", "sat"], vec!["dog", "cat"], vec!["and"], vec!["zebra"]] {
        let hits = idx.query_all(&q);
        let texts: Vec<&str> = hits.iter().filter_map(|&i| idx.doc(i)).collect();
        println!("{:?} -> {:?} {:?}", q, hits, texts);
    }
    for p in ["ca", "do", "ma", "x"] {
        println!("prefix {:?}: {:?}", p, idx.prefix(p));
    }
    println!("most frequent: {:?}", idx.most_frequent());
    let mut singles: Vec<&&str> = idx.freq.iter().filter(|(_, v)| **v == 1).map(|(k, _)| k).collect();
    singles.sort();
    println!("singletons: {:?}", singles);
    let mid: Vec<(&&str, usize)> = idx
        .postings
        .range("d".."p")
        .map(|(k, v)| (k, v.len()))
        .collect();
    println!("d..p: {:?}", mid);
    let (last_term, last_docs) = idx.postings.last_key_value().unwrap();
    println!("last term {} in {:?}", last_term, last_docs);
}
