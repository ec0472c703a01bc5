use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct ChessPosition {
    rank: i32,
    file: i32,
}

#[derive(Debug, PartialEq)]
enum PositionError {
    OffBoard(i32, i32),
    SameSquare,
    BadNotation(String),
}

impl fmt::Display for PositionError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            PositionError::OffBoard(r, c) => write!(f, "({r}, {c}) is off the board"),
            PositionError::SameSquare => write!(f, "queens cannot share a square"),
            PositionError::BadNotation(s) => write!(f, "cannot parse {s:?}"),
        }
    }
}

impl std::error::Error for PositionError {}

impl ChessPosition {
    fn new(rank: i32, file: i32) -> Option<Self> {
        ((0..8).contains(&rank) && (0..8).contains(&file)).then_some(ChessPosition { rank, file })
    }

    fn try_new(rank: i32, file: i32) -> Result<Self, PositionError> {
        Self::new(rank, file).ok_or(PositionError::OffBoard(rank, file))
    }

    fn from_algebraic(s: &str) -> Result<Self, PositionError> {
        let bytes = s.trim().as_bytes();
        match bytes {
            [f @ b'a'..=b'h', r @ b'1'..=b'8'] => Self::try_new((r - b'1') as i32, (f - b'a') as i32),
            _ => Err(PositionError::BadNotation(s.to_string())),
        }
    }
}

impl fmt::Display for ChessPosition {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}{}", (b'a' + self.file as u8) as char, self.rank + 1)
    }
}

#[derive(Debug)]
struct Queen {
    pos: ChessPosition,
}

impl Queen {
    fn new(pos: ChessPosition) -> Self {
        Queen { pos }
    }

    fn can_attack(&self, other: &Queen) -> bool {
        let dr = (self.pos.rank - other.pos.rank).abs();
        let df = (self.pos.file - other.pos.file).abs();
        dr == 0 || df == 0 || dr == df
    }

    fn attacked_squares(&self) -> impl Iterator<Item = ChessPosition> + '_ {
        (0..8)
            .flat_map(|r| (0..8).map(move |f| (r, f)))
            .filter_map(|(r, f)| ChessPosition::new(r, f))
            .filter(|p| *p != self.pos && self.can_attack(&Queen::new(*p)))
    }
}

fn duel(white: &str, black: &str) -> Result<bool, PositionError> {
    let w = ChessPosition::from_algebraic(white)?;
    let b = ChessPosition::from_algebraic(black)?;
    if w == b {
        return Err(PositionError::SameSquare);
    }
    Ok(Queen::new(w).can_attack(&Queen::new(b)))
}

fn main() {
    for (r, f) in [(2, 2), (-2, 2), (8, 2), (2, -2), (2, 8), (7, 7)] {
        match ChessPosition::try_new(r, f) {
            Ok(p) => println!("new({r:>2},{f:>2}) -> {p} {p:?}"),
            Err(e) => println!("new({r:>2},{f:>2}) -> error: {e}"),
        }
    }

    println!();
    let pairs = [("c5", "f2"), ("c3", "c7"), ("a4", "h4"), ("b2", "d4"), ("e2", "c4"), ("b3", "e6"), ("a1", "a1"), ("z9", "a1"), ("c5", "d8")];
    for (w, b) in pairs {
        match duel(w, b) {
            Ok(true) => println!("white {w} vs black {b}: ATTACK"),
            Ok(false) => println!("white {w} vs black {b}: safe"),
            Err(e) => println!("white {w} vs black {b}: invalid ({e})"),
        }
    }

    let q = Queen::new(ChessPosition::from_algebraic("d4").unwrap());
    let attacked: Vec<ChessPosition> = q.attacked_squares().collect();
    println!("\nqueen on {} attacks {} squares", q.pos, attacked.len());
    for rank in (0..8).rev() {
        let row: String = (0..8)
            .map(|file| {
                let p = ChessPosition::new(rank, file).unwrap();
                if p == q.pos { 'Q' } else if attacked.binary_search(&p).is_ok() { 'x' } else { '.' }
            })
            .collect();
        println!("  {} {}", rank + 1, row);
    }
    println!("    abcdefgh");

    let counts: Vec<usize> = ["a1", "b2", "c3", "d4"].iter().map(|s| Queen::new(ChessPosition::from_algebraic(s).unwrap()).attacked_squares().count()).collect();
    println!("attack counts along diagonal: {:?}", counts);
}
