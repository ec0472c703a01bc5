use std::collections::BTreeMap;
use std::fmt;

#[derive(Debug, PartialEq)]
enum TranslationError {
    UnknownCodon(String),
    IncompleteCodon(usize),
}

impl fmt::Display for TranslationError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Self::UnknownCodon(c) => write!(f, "unknown codon {c}"),
            Self::IncompleteCodon(n) => write!(f, "trailing incomplete codon of {n} base(s)"),
        }
    }
}

impl std::error::Error for TranslationError {}

const TABLE: [(&str, &str); 17] = [
    ("AUG", "Methionine"),
    ("UUU", "Phenylalanine"), ("UUC", "Phenylalanine"),
    ("UUA", "Leucine"), ("UUG", "Leucine"),
    ("UCU", "Serine"), ("UCC", "Serine"), ("UCA", "Serine"), ("UCG", "Serine"),
    ("UAU", "Tyrosine"), ("UAC", "Tyrosine"),
    ("UGU", "Cysteine"), ("UGC", "Cysteine"),
    ("UGG", "Tryptophan"),
    ("UAA", "STOP"), ("UAG", "STOP"), ("UGA", "STOP"),
];

struct CodonTable<'a> {
    map: BTreeMap<&'a str, &'a str>,
}

impl<'a> CodonTable<'a> {
    fn new(entries: &[(&'a str, &'a str)]) -> Self {
        CodonTable { map: entries.iter().copied().collect() }
    }

    fn name_for(&self, codon: &str) -> Result<&'a str, TranslationError> {
        self.map.get(codon).copied().ok_or_else(|| TranslationError::UnknownCodon(codon.to_string()))
    }

    fn translate(&self, rna: &str) -> Result<Vec<&'a str>, TranslationError> {
        let bytes = rna.as_bytes();
        let mut proteins = Vec::new();
        for chunk in bytes.chunks(3) {
            if chunk.len() < 3 {
                return Err(TranslationError::IncompleteCodon(chunk.len()));
            }
            let codon = std::str::from_utf8(chunk).unwrap();
            match self.name_for(codon)? {
                "STOP" => break,
                name => proteins.push(name),
            }
        }
        Ok(proteins)
    }
}

fn dna_to_rna(dna: &str) -> Result<String, String> {
    dna.chars()
        .map(|c| match c.to_ascii_uppercase() {
            'G' => Ok('C'),
            'C' => Ok('G'),
            'T' => Ok('A'),
            'A' => Ok('U'),
            other => Err(format!("invalid nucleotide '{other}'")),
        })
        .collect()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let table = CodonTable::new(&TABLE);
    println!("table has {} codons, {} distinct names", table.map.len(), {
        let mut names: Vec<&str> = table.map.values().copied().collect();
        names.sort();
        names.dedup();
        names.len()
    });

    let strands = ["AUG", "UUUUUC", "AUGUUUUGG", "UAGUGG", "UGGUAG", "AUGUUUUAA", "UGGUGUUAUUAAUGGUUU", "AUGU", "XYZ", "UGGUAGAU"];
    for s in strands {
        match table.translate(s) {
            Ok(p) if p.is_empty() => println!("{s:<20} => (empty)"),
            Ok(p) => println!("{s:<20} => {}", p.join(" -> ")),
            Err(e) => println!("{s:<20} => error: {e}"),
        }
    }

    println!();
    for dna in ["TACAAAACC", "TACAAGATT", "TACQ"] {
        match dna_to_rna(dna) {
            Ok(rna) => {
                let proteins = table.translate(&rna)?;
                println!("DNA {dna:<10} RNA {rna:<10} proteins {:?}", proteins);
            }
            Err(e) => println!("DNA {dna:<10} error: {e}"),
        }
    }

    let long = "AUGUUUUCUUAUUGUUGGUUAUCCUUCUGCUAA";
    let proteins = table.translate(long)?;
    let mut freq: BTreeMap<&str, usize> = BTreeMap::new();
    for p in &proteins {
        *freq.entry(p).or_default() += 1;
    }
    println!("\nlong strand -> {} proteins", proteins.len());
    for (name, n) in &freq {
        println!("  {name:<14}{n:>3}");
    }
    let abbrev: String = proteins.iter().map(|p| p.chars().next().unwrap_or('?')).collect();
    println!("abbreviation: {abbrev}");
    Ok(())
}
