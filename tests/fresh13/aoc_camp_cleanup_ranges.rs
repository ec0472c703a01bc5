use std::ops::RangeInclusive;

const INPUT: &str = "2-4,6-8
2-3,4-5
5-7,7-9
2-8,3-7
6-6,4-6
2-6,4-8
10-20,1-9
15-15,15-15
41-99,50-60
30-40,25-35";

type Pair = (RangeInclusive<u32>, RangeInclusive<u32>);

fn parse_range(s: &str) -> Option<RangeInclusive<u32>> {
    let (a, b) = s.split_once('-')?;
    let (a, b) = (a.parse().ok()?, b.parse().ok()?);
    (a <= b).then_some(a..=b)
}

fn parse_line(line: &str) -> Option<Pair> {
    let (l, r) = line.split_once(',')?;
    Some((parse_range(l)?, parse_range(r)?))
}

trait RangeExt {
    fn contains_range(&self, other: &Self) -> bool;
    fn overlaps(&self, other: &Self) -> bool;
    fn overlap_len(&self, other: &Self) -> u32;
}

impl RangeExt for RangeInclusive<u32> {
    fn contains_range(&self, other: &Self) -> bool {
        self.contains(other.start()) && self.contains(other.end())
    }
    fn overlaps(&self, other: &Self) -> bool {
        self.start() <= other.end() && other.start() <= self.end()
    }
    fn overlap_len(&self, other: &Self) -> u32 {
        let lo = *self.start().max(other.start());
        let hi = *self.end().min(other.end());
        if lo <= hi { hi - lo + 1 } else { 0 }
    }
}

fn main() {
    let pairs: Vec<Pair> = INPUT.lines().filter_map(parse_line).collect();
    let full = pairs.iter().filter(|(a, b)| a.contains_range(b) || b.contains_range(a)).count();
    let any = pairs.iter().filter(|(a, b)| a.overlaps(b)).count();
    println!("pairs={} fully_contained={full} overlapping={any}", pairs.len());

    for (a, b) in &pairs {
        let marker = match (a.contains_range(b) || b.contains_range(a), a.overlaps(b)) {
            (true, _) => "FULL",
            (false, true) => "PART",
            (false, false) => "----",
        };
        println!("{marker} {:>2}..={:<2} {:>2}..={:<2} shared={}", a.start(), a.end(), b.start(), b.end(), a.overlap_len(b));
    }

    let mut covered: Vec<u32> = pairs.iter().flat_map(|(a, b)| a.clone().chain(b.clone())).collect();
    covered.sort_unstable();
    covered.dedup();
    let gaps: Vec<u32> = covered.windows(2).filter(|w| w[1] - w[0] > 1).map(|w| w[0] + 1).collect();
    println!("distinct sections covered: {} (gaps start at {gaps:?})", covered.len());

    let example: Vec<Pair> = INPUT.lines().take(6).filter_map(parse_line).collect();
    assert_eq!(example.iter().filter(|(a, b)| a.contains_range(b) || b.contains_range(a)).count(), 2);
    assert_eq!(example.iter().filter(|(a, b)| a.overlaps(b)).count(), 4);
    for bad in ["1-2", "3-1,4-5", "a-b,1-2", "1-2,3-4"] {
        println!("{bad:?} -> {:?}", parse_line(bad));
    }
}
