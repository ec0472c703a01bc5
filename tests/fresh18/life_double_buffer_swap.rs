// Game of Life with double buffering via mem::swap, plus mem::replace on an
// enum state machine and mem::take on accumulated vectors.
use std::collections::BTreeMap;
use std::mem;

#[derive(Debug)]
enum Phase {
    Warmup { steps: u32 },
    Running { generation: u32, history: Vec<usize> },
    Done(Vec<usize>),
}

struct World {
    w: usize,
    h: usize,
    cur: Vec<bool>,
    next: Vec<bool>,
}

impl World {
    fn from_pattern(w: usize, h: usize, pat: &[&str]) -> Self {
        let mut cur = vec![false; w * h];
        for (y, row) in pat.iter().enumerate() {
            for (x, ch) in row.chars().enumerate() {
                cur[y * w + x] = ch == '#';
            }
        }
        World { w, h, next: vec![false; w * h], cur }
    }

    fn neighbours(&self, x: usize, y: usize) -> usize {
        let mut n = 0;
        for dy in [self.h - 1, 0, 1] {
            for dx in [self.w - 1, 0, 1] {
                if dx == 0 && dy == 0 {
                    continue;
                }
                let nx = (x + dx) % self.w;
                let ny = (y + dy) % self.h;
                n += self.cur[ny * self.w + nx] as usize;
            }
        }
        n
    }

    fn step(&mut self) {
        for y in 0..self.h {
            for x in 0..self.w {
                let alive = self.cur[y * self.w + x];
                let n = self.neighbours(x, y);
                self.next[y * self.w + x] = matches!((alive, n), (true, 2) | (_, 3));
            }
        }
        mem::swap(&mut self.cur, &mut self.next);
    }

    fn population(&self) -> usize {
        self.cur.iter().filter(|c| **c).count()
    }

    fn render(&self) -> String {
        self.cur
            .chunks(self.w)
            .map(|row| row.iter().map(|&c| if c { '#' } else { '.' }).collect::<String>())
            .collect::<Vec<_>>()
            .join("\n")
    }
}

fn advance(phase: &mut Phase, world: &mut World) {
    let old = mem::replace(phase, Phase::Done(Vec::new()));
    *phase = match old {
        Phase::Warmup { steps: 0 } => Phase::Running { generation: 0, history: vec![world.population()] },
        Phase::Warmup { steps } => {
            world.step();
            Phase::Warmup { steps: steps - 1 }
        }
        Phase::Running { generation, mut history } if generation < 6 => {
            world.step();
            history.push(world.population());
            Phase::Running { generation: generation + 1, history }
        }
        Phase::Running { history, .. } => Phase::Done(history),
        done @ Phase::Done(_) => done,
    };
}

fn main() {
    let mut world = World::from_pattern(8, 6, &[".#......", "..#.....", "###.....", "........", ".....##.", ".....##."]);
    println!("{}\npop={}\n", world.render(), world.population());
    let mut phase = Phase::Warmup { steps: 2 };
    let mut ticks = 0;
    while !matches!(phase, Phase::Done(_)) {
        advance(&mut phase, &mut world);
        ticks += 1;
    }
    println!("ticks={}", ticks);
    println!("{}\n", world.render());
    if let Phase::Done(hist) = &mut phase {
        let taken = mem::take(hist);
        let mut freq: BTreeMap<usize, u32> = BTreeMap::new();
        for p in &taken {
            *freq.entry(*p).or_insert(0) += 1;
        }
        println!("history {:?} freq {:?}", taken, freq);
    }
    println!("phase after take: {:?}", phase);
    let mut a = vec![1, 2, 3];
    let mut b = vec![9];
    mem::swap(&mut a, &mut b);
    let old_b = mem::replace(&mut b, Vec::with_capacity(4));
    println!("a={:?} b={:?} old_b={:?}", a, b, old_b);
}
