// RNA transcription with validated DNA/RNA newtypes.
use std::fmt;

#[derive(Debug, PartialEq, Eq)]
pub struct Dna(String);

#[derive(Debug, PartialEq, Eq)]
pub struct Rna(String);

impl Dna {
    /// Returns Err(index) of the first invalid nucleotide.
    pub fn new(dna: &str) -> Result<Dna, usize> {
        match dna.chars().position(|c| !matches!(c, 'A' | 'C' | 'G' | 'T')) {
            Some(i) => Err(i),
            None => Ok(Dna(dna.to_string())),
        }
    }

    pub fn into_rna(self) -> Rna {
        Rna(self
            .0
            .chars()
            .map(|c| match c {
                'G' => 'C',
                'C' => 'G',
                'T' => 'A',
                'A' => 'U',
                _ => unreachable!("validated in Dna::new"),
            })
            .collect())
    }
}

impl Rna {
    pub fn new(rna: &str) -> Result<Rna, usize> {
        match rna.chars().position(|c| !"ACGU".contains(c)) {
            Some(i) => Err(i),
            None => Ok(Rna(rna.to_string())),
        }
    }

    pub fn codons(&self) -> Vec<&str> {
        (0..self.0.len() / 3).map(|i| &self.0[i * 3..i * 3 + 3]).collect()
    }
}

impl fmt::Display for Rna {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "5'-{}-3'", self.0)
    }
}

pub fn transcribe(dna: &str) -> Rna {
    match Dna::new(dna) {
        Ok(d) => d.into_rna(),
        Err(i) => panic!("invalid DNA nucleotide at index {}", i),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_strand() {
        assert_eq!(Dna::new("").unwrap().into_rna(), Rna::new("").unwrap());
    }

    #[test]
    fn each_nucleotide() {
        for (d, r) in [("G", "C"), ("C", "G"), ("T", "A"), ("A", "U")] {
            assert_eq!(transcribe(d), Rna::new(r).unwrap(), "transcribing {}", d);
        }
    }

    #[test]
    fn longer_strand() -> Result<(), String> {
        let dna = Dna::new("ACGTGGTCTTAA").map_err(|i| format!("bad dna at {}", i))?;
        let rna = Rna::new("UGCACCAGAAUU").map_err(|i| format!("bad rna at {}", i))?;
        assert_eq!(dna.into_rna(), rna);
        Ok(())
    }

    #[test]
    fn invalid_dna_index() {
        assert_eq!(Dna::new("ACGTXXXCTTAA"), Err(4));
        assert_eq!(Rna::new("ACGTUU"), Err(3));
    }

    #[test]
    fn display_and_codons() {
        let rna = transcribe("TACCAT");
        assert_eq!(rna.to_string(), "5'-AUGGUA-3'");
        assert_eq!(rna.codons(), vec!["AUG", "GUA"]);
    }

    #[test]
    #[should_panic(expected = "invalid DNA nucleotide at index 2")]
    fn transcribe_panics_with_index() {
        transcribe("ACUG");
    }

    #[test]
    #[should_panic(expected = "invalid RNA")]
    fn transcribe_panics_wrong_message() {
        // The panic happens, but the message says DNA, not RNA.
        transcribe("AXC");
    }
}
