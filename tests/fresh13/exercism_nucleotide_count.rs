use std::collections::HashMap;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InvalidNucleotide(char);

impl fmt::Display for InvalidNucleotide {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid nucleotide '{}'", self.0)
    }
}

impl std::error::Error for InvalidNucleotide {}

const VALID: [char; 4] = ['A', 'C', 'G', 'T'];

fn validate(c: char) -> Result<char, InvalidNucleotide> {
    if VALID.contains(&c) { Ok(c) } else { Err(InvalidNucleotide(c)) }
}

pub fn count(nucleotide: char, dna: &str) -> Result<usize, InvalidNucleotide> {
    let n = validate(nucleotide)?;
    dna.chars().try_fold(0, |acc, c| Ok(acc + usize::from(validate(c)? == n)))
}

pub fn nucleotide_counts(dna: &str) -> Result<HashMap<char, usize>, InvalidNucleotide> {
    let mut counts: HashMap<char, usize> = VALID.iter().map(|&c| (c, 0)).collect();
    for c in dna.chars() {
        *counts.get_mut(&validate(c)?).expect("pre-seeded") += 1;
    }
    Ok(counts)
}

fn gc_content(dna: &str) -> Result<f64, Box<dyn std::error::Error>> {
    let counts = nucleotide_counts(dna)?;
    let total: usize = counts.values().sum();
    if total == 0 {
        return Err("empty strand has no GC content".into());
    }
    Ok((counts[&'G'] + counts[&'C']) as f64 / total as f64 * 100.0)
}

fn render(counts: &HashMap<char, usize>) -> String {
    let mut pairs: Vec<_> = counts.iter().collect();
    pairs.sort();
    pairs.iter().map(|(c, n)| format!("{c}={n}")).collect::<Vec<_>>().join(" ")
}

fn main() {
    let strands = [
        "",
        "G",
        "GGGGGGG",
        "AGCTTTTCATTCTGACTGCAACGGGCAATATGTCTCTGTGTGGATTAAAAAAAGAGTGTCTGATAGCAGC",
        "AGXXACT",
        "acgt",
    ];
    for dna in strands {
        match nucleotide_counts(dna) {
            Ok(c) => println!("{:<12} {}", format!("{}..", &dna[..dna.len().min(10)]), render(&c)),
            Err(e) => println!("{:<12} error: {e}", format!("{}..", &dna[..dna.len().min(10)])),
        }
        match gc_content(dna) {
            Ok(gc) => println!("             GC = {gc:.2}%"),
            Err(e) => println!("             GC error: {e}"),
        }
    }
    assert_eq!(count('T', "GGGGGTAACCCGG"), Ok(1));
    assert_eq!(count('X', "A"), Err(InvalidNucleotide('X')));
    assert_eq!(count('A', "ACGGGTTTTAX"), Err(InvalidNucleotide('X')));
    assert_eq!(nucleotide_counts("GATTACA").map(|m| m[&'A']), Ok(3));
    println!("nucleotide asserts ok");
}
