// High scores exercise: manage a list of game scores.

#[derive(Debug, Clone)]
pub struct HighScores {
    scores: Vec<u32>,
}

impl HighScores {
    pub fn new(scores: &[u32]) -> Self {
        HighScores { scores: scores.to_vec() }
    }

    pub fn scores(&self) -> &[u32] {
        &self.scores
    }

    pub fn latest(&self) -> Option<u32> {
        self.scores.last().copied()
    }

    pub fn personal_best(&self) -> Option<u32> {
        self.scores.iter().max().copied()
    }

    pub fn personal_top_three(&self) -> Vec<u32> {
        let mut sorted = self.scores.clone();
        sorted.sort_unstable_by(|a, b| b.cmp(a));
        sorted.truncate(3);
        sorted
    }

    pub fn add(&mut self, score: u32) -> bool {
        let is_best = self.personal_best().map_or(true, |b| score > b);
        self.scores.push(score);
        is_best
    }

    pub fn average(&self) -> Option<f64> {
        if self.scores.is_empty() {
            None
        } else {
            Some(self.scores.iter().map(|&s| s as f64).sum::<f64>() / self.scores.len() as f64)
        }
    }

    pub fn report(&self) -> String {
        match (self.latest(), self.personal_best()) {
            (Some(l), Some(b)) if l == b => format!("Your latest score was {}. That's your personal best!", l),
            (Some(l), Some(b)) => format!("Your latest score was {}. That's {} short of your personal best!", l, b - l),
            _ => String::from("No scores yet."),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_of_scores() {
        let hs = HighScores::new(&[30, 50, 20, 70]);
        assert_eq!(hs.scores(), &[30, 50, 20, 70]);
    }

    #[test]
    fn latest_score() {
        assert_eq!(HighScores::new(&[100, 0, 90, 30]).latest(), Some(30));
    }

    #[test]
    fn best_score() {
        assert_eq!(HighScores::new(&[40, 100, 70]).personal_best(), Some(100));
    }

    #[test]
    fn top_three() {
        let hs = HighScores::new(&[10, 30, 90, 30, 100, 20, 10, 0, 30, 40, 40, 70, 70]);
        assert_eq!(hs.personal_top_three(), vec![100, 90, 70]);
    }

    #[test]
    fn top_three_with_fewer_scores() {
        assert_eq!(HighScores::new(&[30, 70]).personal_top_three(), vec![70, 30]);
    }

    #[test]
    fn adding_scores() {
        let mut hs = HighScores::new(&[10]);
        assert!(hs.add(20), "20 beats 10");
        assert!(!hs.add(5));
        assert_eq!(hs.latest(), Some(5));
    }

    #[test]
    fn average_of_scores() {
        let avg = HighScores::new(&[10, 20, 40]).average().unwrap();
        assert!((avg - 23.333).abs() < 0.001, "average was {}", avg);
    }

    #[test]
    fn average_of_nothing() {
        // The student forgot that an empty list has no average.
        let hs = HighScores::new(&[]);
        let avg = hs.average().unwrap();
        assert_eq!(avg, 0.0);
    }

    #[test]
    fn reports() {
        assert_eq!(HighScores::new(&[]).report(), "No scores yet.");
        assert_eq!(
            HighScores::new(&[40, 25]).report(),
            "Your latest score was 25. That's 15 short of your personal best!"
        );
        assert_eq!(
            HighScores::new(&[20, 60]).report(),
            "Your latest score was 60. That's your personal best!"
        );
    }
}
