use std::cmp::Ordering;
use std::collections::BTreeMap;
use std::iter::Sum;
use std::ops::Add;

#[derive(Debug, Clone, Copy, PartialEq)]
struct Reading { station: &'static str, temp: f64, rain: f64 }

#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct Agg { n: u32, sum: f64, sum_sq: f64, min: Option<f64>, max: Option<f64> }

impl Agg {
    fn one(x: f64) -> Agg { Agg { n: 1, sum: x, sum_sq: x * x, min: Some(x), max: Some(x) } }
    fn mean(&self) -> Option<f64> { (self.n > 0).then(|| self.sum / self.n as f64) }
    fn stddev(&self) -> Option<f64> {
        let m = self.mean()?;
        Some((self.sum_sq / self.n as f64 - m * m).max(0.0).sqrt())
    }
}

fn pick(a: Option<f64>, b: Option<f64>, f: fn(f64, f64) -> f64) -> Option<f64> {
    match (a, b) {
        (Some(x), Some(y)) => Some(f(x, y)),
        (x, None) => x,
        (None, y) => y,
    }
}

impl Add for Agg {
    type Output = Agg;
    fn add(self, o: Agg) -> Agg {
        Agg { n: self.n + o.n, sum: self.sum + o.sum, sum_sq: self.sum_sq + o.sum_sq, min: pick(self.min, o.min, f64::min), max: pick(self.max, o.max, f64::max) }
    }
}

impl Sum for Agg {
    fn sum<I: Iterator<Item = Agg>>(it: I) -> Agg { it.fold(Agg::default(), Add::add) }
}
impl<'a> Sum<&'a Agg> for Agg {
    fn sum<I: Iterator<Item = &'a Agg>>(it: I) -> Agg { it.copied().sum() }
}

#[derive(Debug, Clone, Copy)]
struct Score(f64);
impl PartialEq for Score {
    fn eq(&self, o: &Self) -> bool { self.0.total_cmp(&o.0) == Ordering::Equal }
}
impl Eq for Score {}
impl PartialOrd for Score {
    fn partial_cmp(&self, o: &Self) -> Option<Ordering> { Some(self.cmp(o)) }
}
impl Ord for Score {
    fn cmp(&self, o: &Self) -> Ordering { self.0.total_cmp(&o.0) }
}

fn main() {
    let data = [
        Reading { station: "north", temp: 12.5, rain: 0.0 },
        Reading { station: "south", temp: 21.25, rain: 3.5 },
        Reading { station: "north", temp: -3.75, rain: 12.0 },
        Reading { station: "east", temp: 17.0, rain: f64::NAN },
        Reading { station: "south", temp: 19.5, rain: 0.25 },
        Reading { station: "north", temp: 8.0, rain: 4.0 },
        Reading { station: "east", temp: -0.0, rain: 1.0 },
    ];
    let all: Agg = data.iter().map(|r| Agg::one(r.temp)).sum();
    println!("all: n={} mean={:.3} sd={:.3} min={:?} max={:?}", all.n, all.mean().unwrap(), all.stddev().unwrap(), all.min, all.max);

    let by_station: BTreeMap<&str, Agg> = data.iter().fold(BTreeMap::new(), |mut m, r| {
        let e = m.entry(r.station).or_insert_with(Agg::default);
        *e = *e + Agg::one(r.temp);
        m
    });
    for (s, a) in &by_station {
        println!("{:>6}: n={} mean={:>7.3} range=[{:?}, {:?}]", s, a.n, a.mean().unwrap_or(f64::NAN), a.min.unwrap(), a.max.unwrap());
    }
    let recombined: Agg = by_station.values().sum();
    println!("recombined n={} sum={} equal_sum={}", recombined.n, recombined.sum, recombined.sum == all.sum);
    let empty: Agg = Vec::<Agg>::new().into_iter().sum();
    println!("empty mean {:?} sd {:?}", empty.mean(), empty.stddev());

    let mut rains: Vec<f64> = data.iter().map(|r| r.rain).collect();
    rains.sort_by(|a, b| a.total_cmp(b));
    println!("rains sorted: {:?}", rains);
    let wettest = data.iter().filter(|r| !r.rain.is_nan()).max_by(|a, b| a.rain.partial_cmp(&b.rain).unwrap());
    println!("wettest: {:?}", wettest.map(|r| r.station));
    let coldest = data.iter().min_by(|a, b| a.temp.total_cmp(&b.temp)).unwrap();
    println!("coldest: {} {}", coldest.station, coldest.temp);
    println!("-0.0 vs 0.0: partial={:?} total={:?}", (-0.0f64).partial_cmp(&0.0), (-0.0f64).total_cmp(&0.0));
    println!("NaN partial_cmp: {:?}, max with NaN: {}", f64::NAN.partial_cmp(&1.0), f64::NAN.max(1.0));

    let mut scores: Vec<Score> = data.iter().map(|r| Score(r.temp - r.rain)).collect();
    scores.sort();
    scores.dedup();
    let shown: Vec<String> = scores.iter().map(|s| format!("{:.2}", s.0)).collect();
    println!("scores: {}", shown.join(" "));
    let best = scores.iter().max().unwrap();
    let clamp = Score(5.0).clamp(Score(6.0), Score(9.0));
    println!("best={:?} clamp={:?} cmp={:?}", best.0, clamp.0, Score(1.0).cmp(&Score(f64::INFINITY)));
    let by_key = data.iter().max_by_key(|r| Score(r.temp.abs())).unwrap();
    println!("largest |temp|: {} {}", by_key.station, by_key.temp);
    let product: f64 = data.iter().map(|r| 1.0 + r.rain / 100.0).filter(|x| x.is_finite()).product();
    println!("compound rain factor {:.6}", product);
}
