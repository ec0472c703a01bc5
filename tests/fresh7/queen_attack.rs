use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct ChessPosition {
    rank: i8,
    file: i8,
}

impl ChessPosition {
    fn new(rank: i8, file: i8) -> Option<Self> {
        let valid = |v: i8| (0..8).contains(&v);
        (valid(rank) && valid(file)).then_some(ChessPosition { rank, file })
    }

    fn from_algebraic(s: &str) -> Option<Self> {
        let mut chars = s.chars();
        let file = chars.next().filter(char::is_ascii_lowercase).map(|c| c as i8 - b'a' as i8)?;
        let rank = chars.next().and_then(|c| c.to_digit(10)).map(|d| d as i8 - 1)?;
        if chars.next().is_some() {
            return None;
        }
        ChessPosition::new(rank, file)
    }
}

impl fmt::Display for ChessPosition {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let s = format!("{}{}", (b'a' + self.file as u8) as char, self.rank + 1);
        f.pad(&s)
    }
}

#[derive(Debug)]
struct Queen(ChessPosition);

impl Queen {
    fn can_attack(&self, other: &Queen) -> bool {
        let (a, b) = (self.0, other.0);
        let dr = a.rank.abs_diff(b.rank);
        let df = a.file.abs_diff(b.file);
        a != b && (dr == 0 || df == 0 || dr == df)
    }

    fn attacked_squares(&self) -> impl Iterator<Item = ChessPosition> + '_ {
        let dirs = [(1, 0), (-1, 0), (0, 1), (0, -1), (1, 1), (1, -1), (-1, 1), (-1, -1)];
        dirs.into_iter().flat_map(move |(dr, df)| {
            std::iter::successors(Some(self.0), move |p| ChessPosition::new(p.rank + dr, p.file + df)).skip(1)
        })
    }
}

fn main() {
    let tries = [(2, 2), (-2, 2), (8, 4), (7, 7), (4, 8), (0, 0)];
    for (r, f) in tries {
        let pos = ChessPosition::new(r, f);
        println!("ChessPosition::new({:>2}, {:>2}) = {:?} -> {}", r, f, pos, pos.map_or("invalid".to_string(), |p| p.to_string()));
    }
    for s in ["e4", "a1", "h8", "i1", "a9", "b", "c33", "E4"] {
        let p = ChessPosition::from_algebraic(s);
        println!("parse {:<4} -> {:?}", s, p);
    }

    let pairs = [("c5", "f2"), ("e4", "e7"), ("b4", "b4"), ("a1", "h8"), ("d3", "g7"), ("b1", "g1"), ("h1", "a8")];
    for (a, b) in pairs {
        let qa = ChessPosition::from_algebraic(a).map(Queen);
        let qb = ChessPosition::from_algebraic(b).map(Queen);
        let attack = qa.as_ref().zip(qb.as_ref()).map(|(x, y)| x.can_attack(y));
        println!("{:>3} vs {:<3}: attack = {:?}", a, b, attack);
    }

    let q = Queen(ChessPosition::from_algebraic("d4").unwrap());
    let squares: Vec<ChessPosition> = q.attacked_squares().collect();
    println!("queen on [{:^5}] attacks {} squares", q.0, squares.len());
    let mut sorted = squares.clone();
    sorted.sort();
    let names: Vec<String> = sorted.iter().take(8).map(|p| format!("{:<3}", p)).collect();
    println!("first eight sorted: {}|", names.join("|"));

    for rank in (0..8).rev() {
        let row: String = (0..8)
            .map(|file| {
                let p = ChessPosition::new(rank, file).unwrap();
                if p == q.0 { 'Q' } else if squares.contains(&p) { '*' } else { '.' }
            })
            .collect();
        println!("  {} {}", rank + 1, row);
    }
    println!("    abcdefgh");

    let corner = Queen(ChessPosition::new(0, 0).unwrap());
    println!("corner queen attacks {} squares", corner.attacked_squares().count());
    let counts: Vec<usize> = (0..4).map(|i| Queen(ChessPosition::new(i, i).unwrap()).attacked_squares().count()).collect();
    println!("diagonal queens attack counts: {:?}", counts);
    println!("{:#?}", corner);
}
