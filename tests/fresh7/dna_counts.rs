use std::collections::{BTreeMap, HashMap};
use std::error::Error;
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Nucleotide {
    A,
    C,
    G,
    T,
}

#[derive(Debug)]
struct InvalidNucleotide(char, usize);

impl fmt::Display for InvalidNucleotide {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "invalid nucleotide {:?} (U+{:04X}) at index {}", self.0, self.0 as u32, self.1)
    }
}

impl Error for InvalidNucleotide {}

impl TryFrom<char> for Nucleotide {
    type Error = char;
    fn try_from(c: char) -> Result<Self, char> {
        match c {
            'A' => Ok(Nucleotide::A),
            'C' => Ok(Nucleotide::C),
            'G' => Ok(Nucleotide::G),
            'T' => Ok(Nucleotide::T),
            other => Err(other),
        }
    }
}

fn parse(strand: &str) -> Result<Vec<Nucleotide>, InvalidNucleotide> {
    strand
        .chars()
        .enumerate()
        .map(|(i, c)| Nucleotide::try_from(c).map_err(|bad| InvalidNucleotide(bad, i)))
        .collect()
}

fn counts(strand: &str) -> Result<BTreeMap<Nucleotide, usize>, InvalidNucleotide> {
    let mut map: BTreeMap<Nucleotide, usize> = [Nucleotide::A, Nucleotide::C, Nucleotide::G, Nucleotide::T].into_iter().map(|n| (n, 0)).collect();
    for n in parse(strand)? {
        *map.get_mut(&n).unwrap() += 1;
    }
    Ok(map)
}

fn to_rna(strand: &str) -> Result<String, Box<dyn Error>> {
    let table = HashMap::from([(Nucleotide::A, 'U'), (Nucleotide::C, 'G'), (Nucleotide::G, 'C'), (Nucleotide::T, 'A')]);
    Ok(parse(strand)?.iter().map(|n| table[n]).collect())
}

fn hamming(a: &str, b: &str) -> Option<usize> {
    (a.len() == b.len()).then(|| a.chars().zip(b.chars()).filter(|(x, y)| x != y).count())
}

fn gc_content(strand: &str) -> Result<f64, Box<dyn Error>> {
    let c = counts(strand)?;
    let total: usize = c.values().sum();
    if total == 0 {
        return Err("empty strand".into());
    }
    Ok((c[&Nucleotide::G] + c[&Nucleotide::C]) as f64 / total as f64)
}

fn main() {
    let strands = ["", "GGGGGGG", "AGCTTTTCATTCTGACTGCAACGGGCAATATGTCTCTGTGTGGATTAAAAAAAGAGTGTCTGATAGCAGC", "AGXXACT", "ACGTé"];
    for s in strands {
        match counts(s) {
            Ok(c) => {
                let line: Vec<String> = c.iter().map(|(n, k)| format!("{:?}:{:>2}", n, k)).collect();
                println!("{:>10}... {}", s.chars().take(10).collect::<String>(), line.join(" "));
            }
            Err(e) => println!("{:>10}... error: {}", s, e),
        }
        match gc_content(s) {
            Ok(gc) => println!("             GC content {:.4} = {:>7.2}% (f32: {})", gc, gc * 100.0, gc as f32),
            Err(e) => println!("             GC content unavailable: {}", e),
        }
    }

    for s in ["ACGTGGTCTTAA", "ACGU"] {
        println!("rna({}) = {:?}", s, to_rna(s).map_err(|e| e.to_string()));
    }

    let pairs = [("GAGCCTACTAACGGGAT", "CATCGTAATGACGGCCT"), ("AAA", "AAA"), ("AATG", "AAA"), ("", "")];
    for (a, b) in pairs {
        println!("hamming({:?}, {:?}) = {:?}", a, b, hamming(a, b));
    }

    let strand = "ATGGCCATTGTAATGGGCCGCTGAAAGGGTGCCCGATAG";
    let codons: Vec<&str> = strand.as_bytes().chunks_exact(3).map(|c| std::str::from_utf8(c).unwrap()).collect();
    println!("codons: {:?}", codons);
    let stop = codons.iter().position(|c| matches!(*c, "TAA" | "TAG" | "TGA"));
    println!("first stop codon at index {:?} -> {:?}", stop, stop.map(|i| codons[i]));
    let (coding, rest) = codons.split_at(stop.unwrap_or(codons.len()));
    println!("coding part has {} codons, {} remain", coding.len(), rest.len());

    let mut kmers: HashMap<&str, u32> = HashMap::new();
    for w in strand.as_bytes().windows(2) {
        *kmers.entry(std::str::from_utf8(w).unwrap()).or_insert(0) += 1;
    }
    let mut sorted: Vec<_> = kmers.into_iter().collect();
    sorted.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    println!("top dinucleotides: {:?}", &sorted[..4]);
}
