const EARTH_YEAR_SECONDS: f64 = 31_557_600.0;

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct Duration(u64);

impl From<u64> for Duration {
    fn from(s: u64) -> Self {
        Duration(s)
    }
}

trait Planet {
    const ORBITAL_PERIOD: f64;
    const NAME: &'static str;

    fn years_during(d: &Duration) -> f64 {
        d.0 as f64 / EARTH_YEAR_SECONDS / Self::ORBITAL_PERIOD
    }

    fn seconds_for_years(years: f64) -> u64 {
        (years * EARTH_YEAR_SECONDS * Self::ORBITAL_PERIOD).round() as u64
    }
}

macro_rules! planets {
    ($($name:ident => $period:expr),+ $(,)?) => {
        $(
            struct $name;
            impl Planet for $name {
                const ORBITAL_PERIOD: f64 = $period;
                const NAME: &'static str = stringify!($name);
            }
        )+

        fn all_ages(d: &Duration) -> Vec<(&'static str, f64)> {
            vec![$(($name::NAME, $name::years_during(d))),+]
        }

        const PLANET_COUNT: usize = [$(stringify!($name)),+].len();
    };
}

planets! {
    Mercury => 0.2408467,
    Venus => 0.61519726,
    Earth => 1.0,
    Mars => 1.8808158,
    Jupiter => 11.862615,
    Saturn => 29.447498,
    Uranus => 84.016846,
    Neptune => 164.79132,
}

macro_rules! show_age {
    ($planet:ty, $secs:expr) => {
        println!("{:>8}: {:.2} years", <$planet as Planet>::NAME, <$planet>::years_during(&Duration::from($secs)));
    };
}

fn main() {
    println!("{} planets defined", PLANET_COUNT);
    show_age!(Earth, 1_000_000_000);
    show_age!(Mercury, 2_134_835_688);
    show_age!(Venus, 189_839_836);
    show_age!(Mars, 2_129_871_239);
    show_age!(Jupiter, 901_876_382);
    show_age!(Saturn, 2_000_000_000);
    show_age!(Uranus, 1_210_123_456);
    show_age!(Neptune, 1_821_023_456);

    let me = Duration(1_234_567_890);
    let ages = all_ages(&me);
    for (name, years) in &ages {
        let f32_years = *years as f32;
        println!("{:<8}|{:>12.4}|{:>14e}|{:>10}|{:+.1}", name, years, years, f32_years, years - 39.12);
    }
    let oldest = ages.iter().cloned().fold(("none", f64::MIN), |acc, x| if x.1 > acc.1 { x } else { acc });
    println!("highest count on {}: {:.3}", oldest.0, oldest.1);
    let (names, values): (Vec<&str>, Vec<f64>) = ages.iter().cloned().unzip();
    println!("names: {:?}", names);
    println!("rounded: {:?}", values.iter().map(|v| (v * 100.0).round() / 100.0).collect::<Vec<_>>());

    let birthday_secs = Mars::seconds_for_years(1.0);
    println!("one Martian year = {} s = {:e} s = {:.1} days", birthday_secs, birthday_secs as f64, birthday_secs as f64 / 86_400.0);
    println!("Neptune orbit in seconds: {}", Neptune::seconds_for_years(1.0));
    println!("ratio Jupiter/Earth: {:08.3}", Jupiter::ORBITAL_PERIOD / Earth::ORBITAL_PERIOD);
    println!("f32 vs f64 of Venus period: {} vs {}", Venus::ORBITAL_PERIOD as f32, Venus::ORBITAL_PERIOD);
    println!("0.1 + 0.2: f32={} f64={}", 0.1f32 + 0.2f32, 0.1f64 + 0.2f64);
    println!("tiny: {:e} {:E} {:?}", 0.00012345f64, 123456.0f32, 1e-7f64);
    println!("durations compare: {}", Duration(5) < Duration(7));
    let young = ages.iter().filter(|(_, y)| *y < 1.0).map(|(n, _)| *n).collect::<Vec<_>>();
    println!("planets where I'm under one year old: {:?}", young);
}
