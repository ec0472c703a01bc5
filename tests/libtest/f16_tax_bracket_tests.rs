// Progressive income tax calculator built from closures.

pub struct Bracket {
    pub upper: Option<u64>,
    pub rate_percent: u64,
}

pub struct TaxTable {
    brackets: Vec<Bracket>,
}

impl TaxTable {
    pub fn new(brackets: Vec<Bracket>) -> Result<TaxTable, String> {
        let uppers: Vec<u64> = brackets.iter().filter_map(|b| b.upper).collect();
        if uppers.windows(2).any(|w| w[0] >= w[1]) {
            return Err("bracket limits must be increasing".into());
        }
        if brackets.last().map_or(true, |b| b.upper.is_some()) {
            return Err("the last bracket must be open-ended".into());
        }
        Ok(TaxTable { brackets })
    }

    pub fn tax(&self, income: u64) -> u64 {
        let mut lower = 0;
        let mut total = 0;
        for b in &self.brackets {
            let upper = b.upper.unwrap_or(u64::MAX);
            if income > lower {
                let taxable = income.min(upper) - lower;
                total += taxable * b.rate_percent / 100;
            }
            lower = upper;
        }
        total
    }

    pub fn effective_rate(&self, income: u64) -> f64 {
        if income == 0 { 0.0 } else { self.tax(income) as f64 / income as f64 * 100.0 }
    }
}

/// Builds a function applying deductions and then the table.
pub fn with_deductions<'a>(table: &'a TaxTable, deductions: Vec<Box<dyn Fn(u64) -> u64 + 'a>>) -> impl Fn(u64) -> u64 + 'a {
    move |income| {
        let reduced = deductions.iter().fold(income, |acc, d| acc.saturating_sub(d(acc)));
        table.tax(reduced)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> TaxTable {
        TaxTable::new(vec![
            Bracket { upper: Some(10_000), rate_percent: 0 },
            Bracket { upper: Some(40_000), rate_percent: 20 },
            Bracket { upper: None, rate_percent: 40 },
        ])
        .unwrap()
    }

    #[test]
    fn below_allowance() {
        assert_eq!(table().tax(9_000), 0);
    }

    #[test]
    fn middle_bracket() {
        assert_eq!(table().tax(25_000), 3_000);
    }

    #[test]
    fn top_bracket() {
        let t = table();
        let tax = t.tax(50_000);
        assert_eq!(tax, 6_000 + 4_000, "tax on 50k was {}", tax);
    }

    #[test]
    fn invalid_tables() {
        let bad = TaxTable::new(vec![Bracket { upper: Some(5), rate_percent: 1 }]);
        assert_eq!(bad.err().as_deref(), Some("the last bracket must be open-ended"));
        let unordered = TaxTable::new(vec![
            Bracket { upper: Some(10), rate_percent: 1 },
            Bracket { upper: Some(5), rate_percent: 2 },
            Bracket { upper: None, rate_percent: 3 },
        ]);
        assert!(unordered.is_err());
    }

    #[test]
    fn deductions_closures() {
        let t = table();
        let pension = |income: u64| income / 10;
        let flat = |_| 2_000;
        let calc = with_deductions(&t, vec![Box::new(pension), Box::new(flat)]);
        // 30_000 -> 27_000 -> 25_000 -> tax 3_000
        assert_eq!(calc(30_000), 3_000);
    }

    #[test]
    fn effective_rate_is_below_forty_percent() {
        let t = table();
        for income in [0, 10_000, 100_000, 1_000_000] {
            let rate = t.effective_rate(income);
            assert!(rate < 40.0, "effective rate {:.2}% for {}", rate, income);
        }
    }

    #[test]
    fn effective_rate_at_fifty_thousand() {
        let rate = table().effective_rate(50_000);
        // 10_000 / 50_000 = 20%, the student expected 25%.
        assert!((rate - 25.0).abs() < 1e-9, "expected 25% but got {:.1}%", rate);
    }
}
