use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Default)]
pub struct Duration {
    seconds: f64,
}

impl From<u64> for Duration {
    fn from(s: u64) -> Self {
        Duration { seconds: s as f64 }
    }
}

const EARTH_YEAR_SECONDS: f64 = 31_557_600.0;

pub trait Planet {
    const RATIO: f64;
    const NAME: &'static str;
    fn years_during(d: &Duration) -> f64 {
        d.seconds / EARTH_YEAR_SECONDS / Self::RATIO
    }
}

macro_rules! planet {
    ($ty:ident, $ratio:expr) => {
        pub struct $ty;
        impl Planet for $ty {
            const RATIO: f64 = $ratio;
            const NAME: &'static str = stringify!($ty);
        }
    };
}

planet!(Mercury, 0.2408467);
planet!(Venus, 0.61519726);
planet!(Earth, 1.0);
planet!(Mars, 1.8808158);
planet!(Jupiter, 11.862615);
planet!(Saturn, 29.447498);
planet!(Uranus, 84.016846);
planet!(Neptune, 164.79132);

struct AgeRow {
    name: &'static str,
    years: f64,
}

impl fmt::Display for AgeRow {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:<8} {:>10.2}", self.name, self.years)
    }
}

fn row<P: Planet>(d: &Duration) -> AgeRow {
    AgeRow { name: P::NAME, years: P::years_during(d) }
}

fn table(d: &Duration) -> Vec<AgeRow> {
    vec![
        row::<Mercury>(d),
        row::<Venus>(d),
        row::<Earth>(d),
        row::<Mars>(d),
        row::<Jupiter>(d),
        row::<Saturn>(d),
        row::<Uranus>(d),
        row::<Neptune>(d),
    ]
}

fn main() {
    for secs in [1_000_000_000u64, 2_134_835_688, 189_839_836, 8_210_123_456] {
        let d = Duration::from(secs);
        println!("== {secs} seconds ==");
        for r in table(&d) {
            println!("  {r}");
        }
        let oldest = table(&d)
            .into_iter()
            .max_by(|a, b| a.years.partial_cmp(&b.years).unwrap())
            .map(|r| r.name)
            .unwrap_or("none");
        println!("  oldest on: {oldest}");
    }
    let e = Earth::years_during(&Duration::from(1_000_000_000));
    assert!((e - 31.69).abs() < 0.01);
    println!("earth check: {:.4}", e);
}
