use std::fmt;
use std::iter::Peekable;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Span { lo: i32, hi: i32 }

impl fmt::Display for Span { fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "[{},{})", self.lo, self.hi) } }

impl From<(i32, i32)> for Span { fn from((a, b): (i32, i32)) -> Span { Span { lo: a.min(b), hi: a.max(b) } } }

struct Merge<I: Iterator<Item = Span>> { inner: Peekable<I> }

impl<I: Iterator<Item = Span>> Iterator for Merge<I> {
    type Item = Span;
    fn next(&mut self) -> Option<Span> {
        let mut cur = self.inner.next()?;
        while let Some(nx) = self.inner.peek() {
            if nx.lo <= cur.hi { cur.hi = cur.hi.max(nx.hi); self.inner.next(); } else { break; }
        }
        Some(cur)
    }
}

fn merged<I>(it: I) -> Merge<I::IntoIter> where I: IntoIterator<Item = Span> { Merge { inner: it.into_iter().peekable() } }

struct SpanSet { spans: Vec<Span> }

impl SpanSet {
    fn new(raw: impl IntoIterator<Item = impl Into<Span>>) -> Self {
        let mut v: Vec<Span> = raw.into_iter().map(Into::into).filter(|s: &Span| s.lo < s.hi).collect();
        v.sort();
        SpanSet { spans: merged(v).collect() }
    }
    fn total(&self) -> i32 { self.spans.iter().map(|s| s.hi - s.lo).sum() }
    fn contains(&self, x: i32) -> bool { self.spans.iter().any(|s| (s.lo..s.hi).contains(&x)) }
    fn union(&self, o: &SpanSet) -> SpanSet { SpanSet::new(self.spans.iter().chain(o.spans.iter()).map(|s| (s.lo, s.hi))) }
    fn gaps(&self) -> impl Iterator<Item = Span> + '_ {
        self.spans.windows(2).map(|w| Span { lo: w[0].hi, hi: w[1].lo })
    }
    fn points(&self) -> impl Iterator<Item = i32> + '_ { self.spans.iter().flat_map(|s| s.lo..s.hi) }
}

impl fmt::Display for SpanSet {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let parts: Vec<String> = self.spans.iter().map(|s| s.to_string()).collect();
        write!(f, "{{{}}}", parts.join(" "))
    }
}

fn main() {
    let a = SpanSet::new(vec![(1, 4), (3, 6), (10, 8), (15, 20), (6, 7), (30, 30), (19, 22)]);
    let b = SpanSet::new([(5, 9), (23, 25), (0, 1)]);
    println!("a = {} total={}", a, a.total());
    println!("b = {} total={}", b, b.total());
    let u = a.union(&b);
    println!("a|b = {} total={}", u, u.total());
    println!("gaps in a: {}", a.gaps().map(|g| g.to_string()).collect::<Vec<_>>().join(" "));
    let probe: Vec<(i32, bool, bool)> = (0..26).step_by(4).map(|x| (x, a.contains(x), u.contains(x))).collect();
    for (x, ia, iu) in &probe { println!("{:>3} {:<5} {:<5}", x, ia, iu); }
    let pts: Vec<i32> = b.points().collect();
    println!("b points: {:?}", pts);
    let evens: i32 = u.points().filter(|p| p % 2 == 0).sum();
    println!("sum of even points in union: {}", evens);
    let mut pk = u.spans.iter().peekable();
    let mut adjacent = 0;
    while let Some(s) = pk.next() { if let Some(n) = pk.peek() { if n.lo - s.hi <= 2 { adjacent += 1; } } }
    println!("near-adjacent pairs: {}", adjacent);
    let widest = u.spans.iter().max_by_key(|s| s.hi - s.lo).unwrap();
    println!("widest: {:?} / {}", widest, widest);
}
