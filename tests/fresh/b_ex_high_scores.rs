#[derive(Debug)]
pub struct HighScores<'a> {
    scores: &'a [u32],
}

impl<'a> HighScores<'a> {
    pub fn new(scores: &'a [u32]) -> Self {
        HighScores { scores }
    }

    pub fn scores(&self) -> &[u32] {
        self.scores
    }

    pub fn latest(&self) -> Option<u32> {
        self.scores.last().copied()
    }

    pub fn personal_best(&self) -> Option<u32> {
        self.scores.iter().max().copied()
    }

    pub fn personal_top_three(&self) -> Vec<u32> {
        let mut sorted = self.scores.to_vec();
        sorted.sort_unstable_by(|a, b| b.cmp(a));
        sorted.truncate(3);
        sorted
    }

    pub fn report(&self) -> String {
        match (self.latest(), self.personal_best()) {
            (Some(l), Some(b)) if l == b => format!("Your latest score was {}. That's your personal best!", l),
            (Some(l), Some(b)) => format!("Your latest score was {}. That's {} short of your personal best!", l, b - l),
            _ => String::from("No scores yet."),
        }
    }
}

fn main() {
    let lists: Vec<Vec<u32>> = vec![
        vec![30, 50, 20, 70],
        vec![100, 0, 90, 30],
        vec![40, 20, 40, 30],
        vec![30, 70],
        vec![40],
        vec![],
        vec![20, 10, 30, 80, 80],
    ];
    for list in &lists {
        let hs = HighScores::new(list);
        println!("{:?}", hs);
        println!("  latest={:?} best={:?} top3={:?}", hs.latest(), hs.personal_best(), hs.personal_top_three());
        println!("  {}", hs.report());
    }
    let all: Vec<u32> = lists.iter().flatten().copied().collect();
    let overall = HighScores::new(&all);
    println!("overall: {} scores, top3 {:?}, sum of scores slice {}", overall.scores().len(), overall.personal_top_three(), overall.scores().iter().sum::<u32>());
}
