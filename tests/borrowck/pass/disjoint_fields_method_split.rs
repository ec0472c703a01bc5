struct Game {
    players: Vec<String>,
    scores: Vec<u32>,
    round: u32,
}

impl Game {
    fn play_round(&mut self) {
        let scores = &mut self.scores;
        for (i, name) in self.players.iter().enumerate() {
            scores[i] += name.len() as u32 + self.round;
        }
        self.round += 1;
    }
}

fn main() {
    let mut g = Game {
        players: vec!["ann".into(), "bartholomew".into()],
        scores: vec![0, 0],
        round: 1,
    };
    g.play_round();
    g.play_round();
    println!("{:?} after round {}", g.scores, g.round);
}
