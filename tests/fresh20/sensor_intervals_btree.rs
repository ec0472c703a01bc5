use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::ops::RangeInclusive;
use std::str::FromStr;

const INPUT: &str = "\
Sensor at x=2, y=18: closest beacon is at x=-2, y=15
Sensor at x=9, y=16: closest beacon is at x=10, y=16
Sensor at x=13, y=2: closest beacon is at x=15, y=3
Sensor at x=12, y=14: closest beacon is at x=10, y=16
Sensor at x=10, y=20: closest beacon is at x=10, y=16
Sensor at x=14, y=17: closest beacon is at x=10, y=16
Sensor at x=8, y=7: closest beacon is at x=2, y=10
Sensor at x=2, y=0: closest beacon is at x=2, y=10
Sensor at x=0, y=11: closest beacon is at x=2, y=10
Sensor at x=20, y=14: closest beacon is at x=25, y=17
Sensor at x=17, y=20: closest beacon is at x=21, y=22
Sensor at x=16, y=7: closest beacon is at x=15, y=3
Sensor at x=14, y=3: closest beacon is at x=15, y=3
Sensor at x=20, y=1: closest beacon is at x=15, y=3";

#[derive(Debug, Clone, Copy)]
struct Sensor {
    pos: (i64, i64),
    beacon: (i64, i64),
}

impl Sensor {
    fn radius(&self) -> i64 {
        (self.pos.0 - self.beacon.0).abs() + (self.pos.1 - self.beacon.1).abs()
    }
    fn cover_row(&self, y: i64) -> Option<RangeInclusive<i64>> {
        let slack = self.radius() - (self.pos.1 - y).abs();
        (slack >= 0).then(|| self.pos.0 - slack..=self.pos.0 + slack)
    }
}

impl FromStr for Sensor {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let nums: Vec<i64> = s
            .split(|c: char| !(c.is_ascii_digit() || c == '-'))
            .filter(|t| !t.is_empty())
            .map(|t| t.parse::<i64>().map_err(|e| format!("{t}: {e}")))
            .collect::<Result<_, _>>()?;
        match nums[..] {
            [a, b, c, d] => Ok(Sensor { pos: (a, b), beacon: (c, d) }),
            _ => Err(format!("expected 4 numbers, got {}", nums.len())),
        }
    }
}

#[derive(Default)]
struct IntervalSet {
    spans: BTreeMap<i64, i64>, // start -> end (inclusive), disjoint and non-adjacent
}

impl IntervalSet {
    fn insert(&mut self, r: RangeInclusive<i64>) {
        let (mut lo, mut hi) = (*r.start(), *r.end());
        let overlapping: Vec<(i64, i64)> = self
            .spans
            .range(..=hi + 1)
            .rev()
            .take_while(|&(_, &e)| e >= lo - 1)
            .map(|(&s, &e)| (s, e))
            .collect();
        for (s, e) in overlapping {
            self.spans.remove(&s);
            lo = lo.min(s);
            hi = hi.max(e);
        }
        self.spans.insert(lo, hi);
    }
    fn len(&self) -> i64 {
        self.spans.iter().map(|(s, e)| e - s + 1).sum()
    }
    fn first_gap(&self, within: RangeInclusive<i64>) -> Option<i64> {
        let mut x = *within.start();
        for (&s, &e) in &self.spans {
            if s > x { break; }
            x = x.max(e + 1);
        }
        within.contains(&x).then_some(x)
    }
}

impl fmt::Display for IntervalSet {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let parts: Vec<String> = self.spans.iter().map(|(s, e)| format!("[{s},{e}]")).collect();
        write!(f, "{}", parts.join(" "))
    }
}

fn main() {
    let sensors: Vec<Sensor> = INPUT.lines().map(|l| l.parse().unwrap()).collect();
    println!("{} sensors, radii {:?}", sensors.len(), sensors.iter().map(Sensor::radius).collect::<Vec<_>>());
    let row = 10;
    let mut set = IntervalSet::default();
    sensors.iter().filter_map(|s| s.cover_row(row)).for_each(|r| set.insert(r));
    let beacons_on_row: BTreeSet<i64> = sensors.iter().filter(|s| s.beacon.1 == row).map(|s| s.beacon.0).collect();
    println!("row {row}: {set}");
    println!("part 1: {}", set.len() - beacons_on_row.len() as i64);
    for y in 0..=20 {
        let mut s = IntervalSet::default();
        for r in sensors.iter().filter_map(|sn| sn.cover_row(y)) {
            s.insert(r);
        }
        if let Some(x) = s.first_gap(0..=20) {
            println!("part 2: gap at ({x},{y}) freq {}", x * 4_000_000 + y);
        }
    }
    let xs: BTreeSet<i64> = sensors.iter().map(|s| s.pos.0).collect();
    println!("sensor xs: {:?}", xs);
    println!("xs in 5..=14: {:?}", xs.range(5..=14).collect::<Vec<_>>());
    println!("first x >= 11: {:?}, last x < 9: {:?}", xs.range(11..).next(), xs.range(..9).next_back());
    let mut demo = IntervalSet::default();
    for r in [1..=3, 10..=12, 5..=6, 4..=4, 20..=25, 11..=19] {
        demo.insert(r);
        println!("  after insert: {:<28} total={}", demo.to_string(), demo.len());
    }
    println!("bad line: {:?}", "Sensor at x=1".parse::<Sensor>());
}
