use std::collections::BTreeMap;
use std::collections::HashMap;

#[derive(Debug, PartialEq, Eq)]
pub struct InvalidNucleotide(char);

const VALID: [char; 4] = ['A', 'C', 'G', 'T'];

pub fn count(nucleotide: char, dna: &str) -> Result<usize, InvalidNucleotide> {
    if !VALID.contains(&nucleotide) {
        return Err(InvalidNucleotide(nucleotide));
    }
    let counts = nucleotide_counts(dna)?;
    Ok(counts[&nucleotide])
}

pub fn nucleotide_counts(dna: &str) -> Result<BTreeMap<char, usize>, InvalidNucleotide> {
    let mut map: BTreeMap<char, usize> = VALID.iter().map(|&c| (c, 0)).collect();
    for c in dna.chars() {
        match map.get_mut(&c) {
            Some(n) => *n += 1,
            None => return Err(InvalidNucleotide(c)),
        }
    }
    Ok(map)
}

fn complement(dna: &str) -> String {
    let pairs: HashMap<char, char> = [('A', 'U'), ('C', 'G'), ('G', 'C'), ('T', 'A')].into_iter().collect();
    dna.chars().map(|c| pairs.get(&c).copied().unwrap_or('?')).collect()
}

fn gc_content(counts: &BTreeMap<char, usize>) -> f64 {
    let total: usize = counts.values().sum();
    if total == 0 {
        return 0.0;
    }
    (counts[&'G'] + counts[&'C']) as f64 / total as f64 * 100.0
}

fn main() {
    let strands = [
        "",
        "G",
        "GGGGGGG",
        "AGCTTTTCATTCTGACTGCAACGGGCAATATGTCTCTGTGTGGATTAAAAAAAGAGTGTCTGATAGCAGC",
        "AGXXACT",
    ];
    for s in &strands {
        match nucleotide_counts(s) {
            Ok(map) => {
                println!("{:?}", map);
                println!("  GC content: {:.1}%  RNA: {}", gc_content(&map), complement(&s[..s.len().min(12)]));
            }
            Err(e) => println!("error {:?} in {:?}", e, s),
        }
    }
    println!("{:?}", count('A', "GATTACA"));
    println!("{:?}", count('T', "GATTACA"));
    println!("{:?}", count('X', "A"));
    println!("{:?}", count('A', "ACGU"));
}
