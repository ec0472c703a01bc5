// Kindergarten garden: work out which plants belong to which child.
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plant {
    Grass,
    Clover,
    Radishes,
    Violets,
}

impl TryFrom<char> for Plant {
    type Error = String;

    fn try_from(c: char) -> Result<Self, Self::Error> {
        match c {
            'G' => Ok(Plant::Grass),
            'C' => Ok(Plant::Clover),
            'R' => Ok(Plant::Radishes),
            'V' => Ok(Plant::Violets),
            other => Err(format!("unknown plant code '{}'", other)),
        }
    }
}

const STUDENTS: [&str; 12] = [
    "Alice", "Bob", "Charlie", "David", "Eve", "Fred", "Ginny", "Harriet", "Ileana", "Joseph",
    "Kincaid", "Larry",
];

#[derive(Debug)]
pub struct Garden {
    rows: Vec<Vec<Plant>>,
}

impl FromStr for Garden {
    type Err = String;

    fn from_str(diagram: &str) -> Result<Self, Self::Err> {
        let rows = diagram
            .lines()
            .map(|line| line.chars().map(Plant::try_from).collect::<Result<Vec<_>, _>>())
            .collect::<Result<Vec<_>, _>>()?;
        if rows.len() != 2 {
            return Err(format!("expected 2 rows, got {}", rows.len()));
        }
        if rows[0].len() != rows[1].len() || rows[0].len() % 2 != 0 {
            return Err("rows must have the same even length".to_string());
        }
        Ok(Garden { rows })
    }
}

impl Garden {
    pub fn plants(&self, student: &str) -> Option<Vec<Plant>> {
        let idx = STUDENTS.iter().position(|&s| s == student)?;
        let col = idx * 2;
        if col + 1 >= self.rows[0].len() {
            return None;
        }
        Some(self.rows.iter().flat_map(|r| r[col..col + 2].iter().copied()).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Plant::*;

    mod parsing {
        use super::*;

        #[test]
        fn valid_diagram() -> Result<(), String> {
            let g: Garden = "RC\nGG".parse()?;
            assert_eq!(g.rows.len(), 2);
            Ok(())
        }

        #[test]
        fn bad_plant() {
            let err = "RX\nGG".parse::<Garden>().unwrap_err();
            assert_eq!(err, "unknown plant code 'X'");
        }

        #[test]
        fn wrong_row_count() {
            assert_eq!("RC".parse::<Garden>().unwrap_err(), "expected 2 rows, got 1");
        }

        #[test]
        fn uneven_rows() {
            assert!("RCG\nGGV".parse::<Garden>().is_err());
        }
    }

    mod lookup {
        use super::*;

        #[test]
        fn alice_first_garden() -> Result<(), String> {
            let g: Garden = "RC\nGG".parse()?;
            assert_eq!(g.plants("Alice"), Some(vec![Radishes, Clover, Grass, Grass]));
            Ok(())
        }

        #[test]
        fn full_garden() -> Result<(), String> {
            let g: Garden = "VRCGVVRVCGGCCGVRGCVCGCGV\nVRCCCGCRRGVCGCRVVCVGCGCV".parse()?;
            assert_eq!(g.plants("Bob"), Some(vec![Clover, Grass, Clover, Clover]));
            assert_eq!(g.plants("Larry"), Some(vec![Grass, Violets, Clover, Violets]));
            Ok(())
        }

        #[test]
        fn unknown_or_missing_student() -> Result<(), String> {
            let g: Garden = "RC\nGG".parse()?;
            assert_eq!(g.plants("Bob"), None, "Bob has no cups in a 2-column garden");
            assert_eq!(g.plants("Zed"), None);
            Ok(())
        }
    }
}
