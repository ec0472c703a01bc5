use std::fmt;
use std::ops::{BitAnd, BitOr, Not};

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct BitSet<const W: usize> { words: [u64; W] }

impl<const W: usize> BitSet<W> {
    const BITS: usize = W * 64;
    const EMPTY: Self = BitSet { words: [0; W] };

    fn from_indices<I: IntoIterator<Item = usize>>(it: I) -> Self {
        let mut s = Self::EMPTY;
        for i in it { s.insert(i); }
        s
    }
    fn insert(&mut self, i: usize) -> bool {
        assert!(i < Self::BITS, "bit {} out of range {}", i, Self::BITS);
        let (w, b) = (i / 64, i % 64);
        let was = self.words[w] >> b & 1 == 1;
        self.words[w] |= 1 << b;
        !was
    }
    fn contains(&self, i: usize) -> bool { i < Self::BITS && self.words[i / 64] >> (i % 64) & 1 == 1 }
    fn len(&self) -> u32 { self.words.iter().map(|w| w.count_ones()).sum() }
    fn iter(&self) -> impl DoubleEndedIterator<Item = usize> + '_ {
        (0..Self::BITS).filter(move |&i| self.contains(i))
    }
    fn longest_run(&self, limit: usize) -> (usize, usize) {
        let mut best = (0, 0);
        let mut start = None;
        for i in 0..=limit {
            match (i < limit && !self.contains(i), start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    if i - s > best.1 { best = (s, i - s); }
                    start = None;
                }
                _ => {}
            }
        }
        best
    }
}

impl<const W: usize> BitOr for BitSet<W> {
    type Output = Self;
    fn bitor(self, o: Self) -> Self { BitSet { words: std::array::from_fn(|i| self.words[i] | o.words[i]) } }
}
impl<const W: usize> BitAnd for BitSet<W> {
    type Output = Self;
    fn bitand(self, o: Self) -> Self { BitSet { words: std::array::from_fn(|i| self.words[i] & o.words[i]) } }
}
impl<const W: usize> Not for BitSet<W> {
    type Output = Self;
    fn not(self) -> Self { BitSet { words: self.words.map(|w| !w) } }
}

impl<const W: usize> fmt::Debug for BitSet<W> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { f.debug_set().entries(self.iter()).finish() }
}

struct Hall<const ROWS: usize, const COLS: usize> { taken: [BitSet<1>; ROWS] }

impl<const ROWS: usize, const COLS: usize> Hall<ROWS, COLS> {
    const SEATS: usize = ROWS * COLS;
    fn new() -> Self {
        assert!(COLS <= 64);
        Hall { taken: [BitSet::EMPTY; ROWS] }
    }
    fn book_block(&mut self, n: usize) -> Option<(usize, usize)> {
        for (r, row) in self.taken.iter_mut().enumerate() {
            let (start, len) = row.longest_run(COLS);
            if len >= n {
                for c in start..start + n { row.insert(c); }
                return Some((r, start));
            }
        }
        None
    }
    fn free(&self) -> usize { Self::SEATS - self.taken.iter().map(|r| r.len() as usize).sum::<usize>() }
    fn render(&self) -> String {
        self.taken.iter().map(|r| (0..COLS).map(|c| if r.contains(c) { '#' } else { '.' }).collect::<String>()).collect::<Vec<_>>().join("\n")
    }
}

fn sum_arrays<const N: usize>(a: [i32; N], b: [i32; N]) -> [i32; N] {
    let mut out = [0; N];
    for (o, (x, y)) in out.iter_mut().zip(a.iter().zip(b)) { *o = x + y; }
    out
}

fn first_n<const N: usize>(v: &[u8]) -> Option<[u8; N]> { v.get(..N)?.try_into().ok() }

fn main() {
    let a: BitSet<2> = BitSet::from_indices([1, 3, 5, 64, 100, 127]);
    let b: BitSet<2> = BitSet::from_indices((0..8).chain(96..=100));
    println!("bits={} a={:?} len={}", BitSet::<2>::BITS, a, a.len());
    println!("a|b len={} a&b={:?}", (a | b).len(), a & b);
    println!("!a has 0: {} has 1: {} count {}", (!a).contains(0), (!a).contains(1), (!a).len());
    println!("rev top3: {:?}", a.iter().rev().take(3).collect::<Vec<_>>());
    let mut c = a;
    println!("insert 3 again new? {} insert 4 new? {} equal to a? {}", c.insert(3), c.insert(4), c == a);

    let mut hall: Hall<3, 10> = Hall::new();
    println!("hall seats {}", Hall::<3, 10>::SEATS);
    for n in [4, 5, 3, 6, 2, 8, 1] {
        match hall.book_block(n) {
            Some((r, s)) => println!("block {} -> row {} seats {}..{}", n, r, s, s + n - 1),
            None => println!("block {} -> sold out (free {})", n, hall.free()),
        }
    }
    println!("{}", hall.render());
    println!("free after: {}", hall.free());

    println!("{:?}", sum_arrays([1, 2, 3], [10, 20, 30]));
    println!("{:?}", sum_arrays([7; 5], [1, -1, 1, -1, 1]));
    let bytes = b"HDR1payload";
    let magic: Option<[u8; 4]> = first_n(bytes);
    let too_long: Option<[u8; 16]> = first_n(bytes);
    println!("magic {:?} too_long {:?}", magic.map(|m| String::from_utf8_lossy(&m).into_owned()), too_long);
    let grid: [[u8; 3]; 2] = [[1, 2, 3], [4, 5, 6]];
    let flat: Vec<u8> = grid.iter().flatten().copied().collect();
    let back: [[u8; 2]; 3] = std::array::from_fn(|i| [flat[i * 2], flat[i * 2 + 1]]);
    println!("reshaped {:?} as_flattened {:?}", back, grid.as_flattened());
    let big: BitSet<1> = BitSet::from_indices([0, 63]);
    println!("edge {:?} contains 64: {} hash-eq: {}", big, big.contains(64), big == BitSet::from_indices([63, 0, 63]));
}
