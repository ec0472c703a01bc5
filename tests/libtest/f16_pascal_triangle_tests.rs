// Pascal's triangle with a few helper queries.

pub struct PascalsTriangle {
    rows: Vec<Vec<u64>>,
}

impl PascalsTriangle {
    pub fn new(row_count: usize) -> Self {
        let mut rows: Vec<Vec<u64>> = Vec::with_capacity(row_count);
        for i in 0..row_count {
            let row = match rows.last() {
                None => vec![1],
                Some(prev) => {
                    let mut r = vec![1; i + 1];
                    for j in 1..i {
                        r[j] = prev[j - 1] + prev[j];
                    }
                    r
                }
            };
            rows.push(row);
        }
        PascalsTriangle { rows }
    }

    pub fn rows(&self) -> Vec<Vec<u64>> {
        self.rows.clone()
    }

    pub fn row_sums(&self) -> impl Iterator<Item = u64> + '_ {
        self.rows.iter().map(|r| r.iter().sum())
    }

    pub fn choose(&self, n: usize, k: usize) -> Option<u64> {
        self.rows.get(n)?.get(k).copied()
    }

    pub fn render(&self) -> String {
        let last_width = self.rows.last().map_or(0, |r| fmt_row(r).len());
        self.rows
            .iter()
            .map(|r| {
                let s = fmt_row(r);
                format!("{}{}", " ".repeat((last_width - s.len()) / 2), s)
            })
            .collect::<Vec<_>>()
            .join("\n")
    }
}

fn fmt_row(row: &[u64]) -> String {
    row.iter().map(|v| v.to_string()).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_rows() {
        assert!(PascalsTriangle::new(0).rows().is_empty());
    }

    #[test]
    fn three_rows() {
        assert_eq!(PascalsTriangle::new(3).rows(), vec![vec![1], vec![1, 1], vec![1, 2, 1]]);
    }

    #[test]
    fn sixth_row() {
        let t = PascalsTriangle::new(6);
        assert_eq!(t.rows()[5], vec![1, 5, 10, 10, 5, 1]);
    }

    #[test]
    fn rows_sum_to_powers_of_two() {
        let t = PascalsTriangle::new(20);
        for (i, s) in t.row_sums().enumerate() {
            assert_eq!(s, 1u64 << i, "row {} should sum to 2^{}", i, i);
        }
    }

    #[test]
    fn choose_values() {
        let t = PascalsTriangle::new(11);
        assert_eq!(t.choose(10, 3), Some(120));
        assert_eq!(t.choose(4, 5), None);
    }

    #[test]
    fn rows_are_palindromes() {
        let t = PascalsTriangle::new(8);
        let row = t.rows()[7].clone();
        let mut reversed = row.clone();
        reversed.reverse();
        // Wrong intuition from the student: rows are symmetric, so this fails.
        assert_ne!(row, reversed, "row 7 {:?} should not equal its reverse", row);
    }

    #[test]
    fn render_small() {
        let text = PascalsTriangle::new(4).render();
        println!("{}", text);
        assert_eq!(text, "   1\n  1 1\n 1 2 1\n1 3 3 1");
    }

    #[test]
    fn middle_of_row_ten() {
        let t = PascalsTriangle::new(11);
        assert_eq!(t.choose(10, 5), Some(250), "C(10,5) is the largest in row 10");
    }
}
