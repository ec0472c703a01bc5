#[derive(Debug)]
pub struct Duration {
    seconds: u64,
}

impl From<u64> for Duration {
    fn from(s: u64) -> Self {
        Duration { seconds: s }
    }
}

const EARTH_YEAR_SECONDS: f64 = 31_557_600.0;

pub trait Planet {
    const PERIOD: f64;
    const NAME: &'static str;

    fn years_during(d: &Duration) -> f64 {
        d.seconds as f64 / EARTH_YEAR_SECONDS / Self::PERIOD
    }

    fn describe(d: &Duration) -> String {
        format!("{:>8}: {:>8.2} years", Self::NAME, Self::years_during(d))
    }
}

macro_rules! planet {
    ($name:ident, $period:expr) => {
        pub struct $name;
        impl Planet for $name {
            const PERIOD: f64 = $period;
            const NAME: &'static str = stringify!($name);
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

fn print_all(seconds: u64) {
    let d = Duration::from(seconds);
    println!("{:?}", d);
    let lines = [
        Mercury::describe(&d),
        Venus::describe(&d),
        Earth::describe(&d),
        Mars::describe(&d),
        Jupiter::describe(&d),
        Saturn::describe(&d),
        Uranus::describe(&d),
        Neptune::describe(&d),
    ];
    for l in lines.iter() {
        println!("{}", l);
    }
}

fn main() {
    print_all(1_000_000_000);
    print_all(2_134_835_688);
    let d: Duration = 189_839_836u64.into();
    println!("Mars exact: {}", Mars::years_during(&d));
    println!("Earth exact: {}", Earth::years_during(&d));
    println!("Neptune of a century: {:e}", Neptune::years_during(&Duration::from(3_155_760_000)));
}
