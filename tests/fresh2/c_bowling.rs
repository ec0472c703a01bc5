#[derive(Debug, PartialEq, Eq)]
pub enum Error {
    NotEnoughPinsLeft,
    GameComplete,
}

#[derive(Default)]
pub struct BowlingGame {
    rolls: Vec<u16>,
}

impl BowlingGame {
    pub fn new() -> Self {
        Self::default()
    }

    /// Rolls belonging to the tenth frame, or None if we have not reached it yet.
    fn tenth_frame(&self) -> Option<&[u16]> {
        let r = &self.rolls;
        let mut i = 0;
        for _ in 0..9 {
            if i >= r.len() {
                return None;
            }
            i += if r[i] == 10 { 1 } else { 2 };
        }
        if i > r.len() { None } else { Some(&r[i..]) }
    }

    fn pins_left(&self) -> u16 {
        match self.tenth_frame() {
            None => {
                // inside frames 1..=9: find whether we are on a first or second ball
                let mut i = 0;
                while i < self.rolls.len() {
                    if self.rolls[i] == 10 {
                        i += 1;
                    } else if i + 1 < self.rolls.len() {
                        i += 2;
                    } else {
                        return 10 - self.rolls[i];
                    }
                }
                10
            }
            Some(rest) => match *rest {
                [] => 10,
                [10] => 10,
                [a] => 10 - a,
                [10, 10] => 10,
                [10, b] => 10 - b,
                [_, _] => 10,
                _ => 0,
            },
        }
    }

    fn is_complete(&self) -> bool {
        match self.tenth_frame() {
            Some([a, b]) => a + b < 10,
            Some([_, _, _]) => true,
            _ => false,
        }
    }

    pub fn roll(&mut self, pins: u16) -> Result<(), Error> {
        if self.is_complete() {
            return Err(Error::GameComplete);
        }
        if pins > self.pins_left() {
            return Err(Error::NotEnoughPinsLeft);
        }
        self.rolls.push(pins);
        Ok(())
    }

    pub fn score(&self) -> Option<u16> {
        if !self.is_complete() {
            return None;
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
        Some(total)
    }
}

fn play(name: &str, rolls: &[u16]) {
    let mut game = BowlingGame::new();
    for (n, &pins) in rolls.iter().enumerate() {
        if let Err(e) = game.roll(pins) {
            println!("{name}: roll #{} ({pins}) rejected: {e:?}", n + 1);
            break;
        }
    }
    match game.score() {
        Some(s) => println!("{name}: score {s}"),
        None => println!("{name}: game not finished"),
    }
}

fn main() {
    play("gutter game", &[0; 20]);
    play("all ones", &[1; 20]);
    play("spare then three", &[6, 4, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    play("strike then 3,4", &[10, 3, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    play("perfect game", &[10; 12]);
    play("too many pins", &[5, 6]);
    play("tenth frame spare", &[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 7, 3, 10]);
    play("unfinished", &[10, 10, 10]);
    play("extra roll", &[0; 21]);
    play("tenth strike bonus", &[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 10, 7, 1]);
    play("bad bonus", &[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 10, 7, 5]);
    play("sample game", &[1, 4, 4, 5, 6, 4, 5, 5, 10, 0, 1, 7, 3, 6, 4, 10, 2, 8, 6]);
    play("thirteenth strike", &[10; 13]);
}
