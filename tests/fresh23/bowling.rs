use std::fmt;

#[derive(Debug, PartialEq, Eq)]
enum BowlingError {
    NotEnoughPinsLeft,
    GameComplete,
    GameNotFinished,
}

impl fmt::Display for BowlingError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let msg = match self {
            BowlingError::NotEnoughPinsLeft => "not enough pins left",
            BowlingError::GameComplete => "game already complete",
            BowlingError::GameNotFinished => "game is not finished yet",
        };
        write!(f, "{msg}")
    }
}

impl std::error::Error for BowlingError {}

#[derive(Default, Debug)]
struct BowlingGame {
    rolls: Vec<u16>,
}

impl BowlingGame {
    fn new() -> Self {
        Self::default()
    }

    fn frames_done(&self) -> (usize, Option<u16>) {
        // returns (complete frames among first 9/10, pending first ball)
        let mut frame = 0;
        let mut i = 0;
        while frame < 10 && i < self.rolls.len() {
            if frame == 9 {
                return (9, None);
            }
            if self.rolls[i] == 10 {
                i += 1;
            } else if i + 1 < self.rolls.len() {
                i += 2;
            } else {
                return (frame, Some(self.rolls[i]));
            }
            frame += 1;
        }
        (frame, None)
    }

    fn tenth_frame(&self) -> &[u16] {
        let (frame, _) = self.frames_done();
        if frame < 9 { return &[]; }
        let mut i = 0;
        for _ in 0..9 {
            i += if self.rolls[i] == 10 { 1 } else { 2 };
        }
        &self.rolls[i..]
    }

    fn is_complete(&self) -> bool {
        let t = self.tenth_frame();
        match t {
            [a, b, _] if *a == 10 || a + b == 10 => true,
            [a, b] if *a != 10 && a + b < 10 => true,
            _ => false,
        }
    }

    fn roll(&mut self, pins: u16) -> Result<(), BowlingError> {
        if self.is_complete() {
            return Err(BowlingError::GameComplete);
        }
        if pins > 10 {
            return Err(BowlingError::NotEnoughPinsLeft);
        }
        let (frame, pending) = self.frames_done();
        if frame < 9 {
            if pending.is_some_and(|p| p + pins > 10) {
                return Err(BowlingError::NotEnoughPinsLeft);
            }
        } else {
            let t = self.tenth_frame();
            let bad = match t {
                [a] if *a != 10 => a + pins > 10,
                [10, b] if *b != 10 => b + pins > 10,
                _ => false,
            };
            if bad {
                return Err(BowlingError::NotEnoughPinsLeft);
            }
        }
        self.rolls.push(pins);
        Ok(())
    }

    fn score(&self) -> Result<u16, BowlingError> {
        if !self.is_complete() {
            return Err(BowlingError::GameNotFinished);
        }
        let r = &self.rolls;
        let mut total = 0;
        let mut i = 0;
        for _ in 0..10 {
            if r[i] == 10 {
                total += 10 + r[i + 1] + r[i + 2];
                i += 1;
            } else if r[i] + r[i + 1] == 10 {
                total += 10 + r[i + 2];
                i += 2;
            } else {
                total += r[i] + r[i + 1];
                i += 2;
            }
        }
        Ok(total)
    }
}

fn play(name: &str, rolls: &[u16]) {
    let mut game = BowlingGame::new();
    let mut error = None;
    for (n, &p) in rolls.iter().enumerate() {
        if let Err(e) = game.roll(p) {
            error = Some(format!("roll #{n} ({p} pins): {e}"));
            break;
        }
    }
    let score = game.score().map(|s| s.to_string()).unwrap_or_else(|e| format!("<{e}>"));
    println!("{name:<14} rolls={:<2} score={score:>26}", game.rolls.len());
    if let Some(e) = error {
        println!("{:14} error: {e}", "");
    }
}

fn main() {
    play("gutter game", &[0; 20]);
    play("all ones", &[1; 20]);
    play("perfect", &[10; 12]);
    play("all spares", &[5; 21]);
    play("one spare", &[5, 5, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    play("too many pins", &[5, 6]);
    play("incomplete", &[10, 10, 3]);
    play("extra roll", &[0; 21]);
    play("tenth strike", &[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 10, 7, 3]);
    play("bad bonus", &[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 10, 6, 5]);
}
