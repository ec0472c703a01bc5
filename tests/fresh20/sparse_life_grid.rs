use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::iter::FromIterator;

type Cell = (i32, i32);

#[derive(Clone, Default, PartialEq)]
struct Life {
    alive: BTreeSet<Cell>,
    generation: u32,
}

impl FromIterator<Cell> for Life {
    fn from_iter<I: IntoIterator<Item = Cell>>(it: I) -> Self {
        Life { alive: it.into_iter().collect(), generation: 0 }
    }
}

impl Extend<Cell> for Life {
    fn extend<I: IntoIterator<Item = Cell>>(&mut self, it: I) {
        for c in it {
            self.alive.insert(c);
        }
    }
}

impl<'a> IntoIterator for &'a Life {
    type Item = &'a Cell;
    type IntoIter = std::collections::btree_set::Iter<'a, Cell>;
    fn into_iter(self) -> Self::IntoIter {
        self.alive.iter()
    }
}

impl Life {
    fn parse(s: &str) -> Life {
        s.lines()
            .enumerate()
            .flat_map(|(r, line)| line.char_indices().filter(|&(_, ch)| ch == '#').map(move |(c, _)| (r as i32, c as i32)))
            .collect()
    }
    fn bounds(&self) -> Option<(Cell, Cell)> {
        let rows = self.alive.iter().map(|c| c.0);
        let cols = self.alive.iter().map(|c| c.1);
        Some(((rows.clone().min()?, cols.clone().min()?), (rows.max()?, cols.max()?)))
    }
    fn step(&self) -> Life {
        let mut counts: BTreeMap<Cell, u8> = BTreeMap::new();
        for &(r, c) in self {
            for dr in -1..=1 {
                for dc in -1..=1 {
                    if (dr, dc) != (0, 0) {
                        *counts.entry((r + dr, c + dc)).or_default() += 1;
                    }
                }
            }
        }
        let next = counts
            .into_iter()
            .filter(|(cell, n)| *n == 3 || (*n == 2 && self.alive.contains(cell)))
            .map(|(cell, _)| cell);
        let mut l: Life = next.collect();
        l.generation = self.generation + 1;
        l
    }
}

impl fmt::Display for Life {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let Some(((r0, c0), (r1, c1))) = self.bounds() else {
            return writeln!(f, "(empty)");
        };
        writeln!(f, "gen {} pop {} origin ({},{})", self.generation, self.alive.len(), r0, c0)?;
        for r in r0..=r1 {
            let row: String = (c0..=c1).map(|c| if self.alive.contains(&(r, c)) { '#' } else { '.' }).collect();
            writeln!(f, "  {}", row)?;
        }
        Ok(())
    }
}

const GLIDER: &str = ".#.
..#
###";

fn main() {
    let mut life = Life::parse(GLIDER);
    print!("{}", life);
    for _ in 0..4 {
        life = life.step();
    }
    print!("{}", life);
    let shifted: BTreeSet<Cell> = Life::parse(GLIDER).alive.iter().map(|&(r, c)| (r + 1, c + 1)).collect();
    println!("glider moved diagonally: {}", shifted == life.alive);

    let mut blinker: Life = (0..3).map(|c| (5, c)).collect();
    let start = blinker.clone();
    blinker = blinker.step();
    print!("{}", blinker);
    println!("period 2: {}", blinker.step().alive == start.alive);

    let mut world = Life::parse(GLIDER);
    world.extend([(10, 10), (10, 11), (11, 10), (11, 11)]);
    world.extend((0..3).map(|c| (20, c + 5)));
    let pops: Vec<usize> = std::iter::successors(Some(world.clone()), |w| Some(w.step())).take(8).map(|w| w.alive.len()).collect();
    println!("populations: {:?}", pops);
    let after = (0..8).fold(world, |w, _| w.step());
    let (lo, hi) = after.bounds().unwrap();
    println!("after 8 gens: gen {} bounds {:?}..{:?}", after.generation, lo, hi);
    let first_row: Vec<&Cell> = (&after).into_iter().take_while(|c| c.0 == lo.0).collect();
    println!("cells on top row: {:?}", first_row);
    print!("{}", Life::default());
}
