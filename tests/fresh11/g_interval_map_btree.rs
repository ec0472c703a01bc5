// Interval map built on BTreeMap range queries; generic over value type.
use std::collections::BTreeMap;
use std::fmt::Debug;
use std::ops::Bound::{Excluded, Included, Unbounded};

/// Maps half-open ranges [start, end) to values; later inserts overwrite overlaps.
#[derive(Debug, Default)]
pub struct IntervalMap<V> {
    map: BTreeMap<u32, (u32, V)>,
}

impl<V: Clone + PartialEq + Debug> IntervalMap<V> {
    pub fn new() -> Self {
        IntervalMap { map: BTreeMap::new() }
    }

    pub fn insert(&mut self, start: u32, end: u32, value: V) {
        if start >= end {
            return;
        }
        // Split an interval that begins before `start` and overlaps it.
        if let Some((&s, (e, v))) = self.map.range(..start).next_back() {
            let (e, v) = (*e, v.clone());
            if e > start {
                self.map.insert(s, (start, v.clone()));
                if e > end {
                    self.map.insert(end, (e, v));
                }
            }
        }
        // Remove or trim intervals starting inside [start, end).
        let inside: Vec<u32> = self.map.range(start..end).map(|(&k, _)| k).collect();
        for k in inside {
            let (e, v) = self.map.remove(&k).unwrap();
            if e > end {
                self.map.insert(end, (e, v));
            }
        }
        self.map.insert(start, (end, value));
        self.coalesce();
    }

    fn coalesce(&mut self) {
        let entries: Vec<(u32, u32, V)> = self.map.iter().map(|(&s, (e, v))| (s, *e, v.clone())).collect();
        let mut merged: Vec<(u32, u32, V)> = Vec::new();
        for (s, e, v) in entries {
            match merged.last_mut() {
                Some((_, pe, pv)) if *pe == s && *pv == v => *pe = e,
                _ => merged.push((s, e, v)),
            }
        }
        self.map = merged.into_iter().map(|(s, e, v)| (s, (e, v))).collect();
    }

    pub fn get(&self, point: u32) -> Option<&V> {
        self.map
            .range((Unbounded, Included(point)))
            .next_back()
            .filter(|(_, (e, _))| point < *e)
            .map(|(_, (_, v))| v)
    }

    pub fn overlapping(&self, start: u32, end: u32) -> Vec<(u32, u32, &V)> {
        let first = self
            .map
            .range(..=start)
            .next_back()
            .filter(|(_, (e, _))| *e > start)
            .map(|(&s, _)| s)
            .unwrap_or(start);
        self.map
            .range((Included(first), Excluded(end)))
            .map(|(&s, (e, v))| (s, *e, v))
            .collect()
    }

    pub fn dump(&self) -> String {
        self.map.iter().map(|(s, (e, v))| format!("[{s},{e})={v:?}")).collect::<Vec<_>>().join(" ")
    }
}

fn main() {
    let mut m: IntervalMap<&str> = IntervalMap::new();
    m.insert(0, 100, "free");
    println!("{}", m.dump());
    m.insert(10, 20, "alloc");
    println!("{}", m.dump());
    m.insert(15, 40, "data");
    println!("{}", m.dump());
    m.insert(20, 25, "data");
    println!("{}", m.dump());
    m.insert(5, 12, "free");
    println!("{}", m.dump());
    m.insert(12, 15, "free");
    println!("{}", m.dump());

    for p in [0, 9, 12, 15, 39, 40, 99, 100, 150] {
        println!("get({:>3}) = {:?}", p, m.get(p));
    }
    println!("overlap [30,60): {:?}", m.overlapping(30, 60));
    println!("overlap [0,1): {:?}", m.overlapping(0, 1));

    let mut grades: IntervalMap<char> = IntervalMap::new();
    for (lo, hi, g) in [(0, 60, 'F'), (60, 70, 'D'), (70, 80, 'C'), (80, 90, 'B'), (90, 101, 'A')] {
        grades.insert(lo, hi, g);
    }
    let scores = [55, 60, 79, 80, 95, 100, 101];
    let letters: Vec<String> = scores.iter().map(|&s| format!("{}:{}", s, grades.get(s).map_or('?', |c| *c))).collect();
    println!("{}", letters.join(" "));
    grades.insert(85, 95, 'B');
    println!("{}", grades.dump());
}
