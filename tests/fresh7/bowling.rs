use std::error::Error;
use std::fmt;

#[derive(Debug, PartialEq, Eq, Clone, Copy)]
enum BowlingError {
    NotEnoughPinsLeft { frame: usize, pins: u16 },
    GameComplete,
    GameIncomplete,
}

impl fmt::Display for BowlingError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BowlingError::NotEnoughPinsLeft { frame, pins } => {
                write!(f, "frame {}: cannot knock down {} pins", frame, pins)
            }
            BowlingError::GameComplete => f.write_str("game is already complete"),
            BowlingError::GameIncomplete => f.write_str("game is not finished yet"),
        }
    }
}

impl Error for BowlingError {}

#[derive(Debug, Default)]
struct BowlingGame {
    rolls: Vec<u16>,
    frame: usize,
    first_in_frame: Option<u16>,
    bonus_rolls: u8,
    standing: u16,
}

impl BowlingGame {
    fn new() -> Self {
        BowlingGame { standing: 10, ..Default::default() }
    }

    fn roll(&mut self, pins: u16) -> Result<(), BowlingError> {
        if self.frame >= 10 && self.bonus_rolls == 0 {
            return Err(BowlingError::GameComplete);
        }
        if pins > self.standing {
            return Err(BowlingError::NotEnoughPinsLeft { frame: self.frame + 1, pins });
        }
        self.rolls.push(pins);
        self.standing -= pins;
        if self.frame >= 10 {
            self.bonus_rolls -= 1;
            if self.standing == 0 {
                self.standing = 10;
            }
            return Ok(());
        }
        match self.first_in_frame.take() {
            None if pins == 10 => self.end_frame(2),
            None => self.first_in_frame = Some(pins),
            Some(first) => self.end_frame(if first + pins == 10 { 1 } else { 0 }),
        }
        Ok(())
    }

    fn end_frame(&mut self, bonus: u8) {
        self.frame += 1;
        self.standing = 10;
        if self.frame == 10 {
            self.bonus_rolls = bonus;
        }
    }

    fn score(&self) -> Result<u16, BowlingError> {
        if self.frame < 10 || self.bonus_rolls > 0 {
            return Err(BowlingError::GameIncomplete);
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

fn play(name: &str, rolls: &[u16]) -> Result<u16, Box<dyn Error>> {
    let mut game = BowlingGame::new();
    for &p in rolls {
        game.roll(p)?;
    }
    println!("  [{}] frames={} rolls={:?}", name, game.frame, game.rolls);
    Ok(game.score()?)
}

fn main() {
    let games: Vec<(&str, Vec<u16>)> = vec![
        ("gutter", vec![0; 20]),
        ("all ones", vec![1; 20]),
        ("perfect", vec![10; 12]),
        ("all spares", std::iter::repeat([5, 5]).take(10).flatten().chain(std::iter::once(5)).collect()),
        ("mixed", vec![10, 7, 3, 9, 0, 10, 0, 8, 8, 2, 0, 6, 10, 10, 10, 8, 1]),
        ("too many pins", vec![5, 6]),
        ("unfinished", vec![10, 10, 3]),
        ("extra roll", [vec![0; 20], vec![1]].concat()),
    ];
    for (name, rolls) in &games {
        match play(name, rolls) {
            Ok(score) => println!("{:<14} score = {:>3}", name, score),
            Err(e) => println!("{:<14} error: {}", name, e),
        }
    }
    let mut g = BowlingGame::new();
    let err = g.roll(11).unwrap_err();
    println!("debug of error: {:?}", err);
    println!("is NotEnoughPinsLeft: {}", matches!(err, BowlingError::NotEnoughPinsLeft { pins: 11, .. }));
    println!("game state: {:?}", g);
}
