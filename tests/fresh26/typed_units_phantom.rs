use std::fmt;
use std::marker::PhantomData;
use std::ops::{Add, Div, Mul, Sub};

trait Unit {
    const SYMBOL: &'static str;
    const TO_BASE: f64;
    fn describe() -> String {
        format!("{} (x{} to base)", Self::SYMBOL, Self::TO_BASE)
    }
}

#[derive(Debug, Clone, Copy)]
struct Meters;
#[derive(Debug, Clone, Copy)]
struct Feet;
#[derive(Debug, Clone, Copy)]
struct Seconds;
#[derive(Debug, Clone, Copy)]
struct Minutes;

impl Unit for Meters { const SYMBOL: &'static str = "m"; const TO_BASE: f64 = 1.0; }
impl Unit for Feet { const SYMBOL: &'static str = "ft"; const TO_BASE: f64 = 0.3048; }
impl Unit for Seconds { const SYMBOL: &'static str = "s"; const TO_BASE: f64 = 1.0; }
impl Unit for Minutes { const SYMBOL: &'static str = "min"; const TO_BASE: f64 = 60.0; }

struct Qty<U: Unit> {
    value: f64,
    _u: PhantomData<U>,
}

impl<U: Unit> Clone for Qty<U> {
    fn clone(&self) -> Self { *self }
}
impl<U: Unit> Copy for Qty<U> {}

impl<U: Unit> Qty<U> {
    fn new(value: f64) -> Self { Qty { value, _u: PhantomData } }
    fn convert<V: Unit>(self) -> Qty<V> {
        Qty::new(self.value * U::TO_BASE / V::TO_BASE)
    }
}

impl<U: Unit> Add for Qty<U> {
    type Output = Qty<U>;
    fn add(self, o: Self) -> Self { Qty::new(self.value + o.value) }
}
impl<U: Unit> Sub for Qty<U> {
    type Output = Qty<U>;
    fn sub(self, o: Self) -> Self { Qty::new(self.value - o.value) }
}
impl<U: Unit> Mul<f64> for Qty<U> {
    type Output = Qty<U>;
    fn mul(self, k: f64) -> Self { Qty::new(self.value * k) }
}

struct Rate<N: Unit, D: Unit> {
    value: f64,
    _p: PhantomData<(N, D)>,
}

impl<N: Unit, D: Unit> Div<Qty<D>> for Qty<N> {
    type Output = Rate<N, D>;
    fn div(self, d: Qty<D>) -> Rate<N, D> {
        Rate { value: self.value / d.value, _p: PhantomData }
    }
}

impl<N: Unit, D: Unit> fmt::Display for Rate<N, D> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let p = f.precision().unwrap_or(2);
        write!(f, "{:.*} {}/{}", p, self.value, N::SYMBOL, D::SYMBOL)
    }
}

impl<U: Unit> fmt::Display for Qty<U> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let p = f.precision().unwrap_or(3);
        let s = format!("{:.*}{}", p, self.value, U::SYMBOL);
        if f.alternate() {
            write!(f, "[{}]", s)
        } else {
            f.pad(&s)
        }
    }
}

impl<U: Unit> PartialEq for Qty<U> {
    fn eq(&self, o: &Self) -> bool { (self.value - o.value).abs() < 1e-9 }
}
impl<U: Unit> PartialOrd for Qty<U> {
    fn partial_cmp(&self, o: &Self) -> Option<std::cmp::Ordering> {
        Some(self.value.total_cmp(&o.value))
    }
}

fn total<U: Unit>(items: &[Qty<U>]) -> Qty<U> {
    items.iter().fold(Qty::new(0.0), |acc, &q| acc + q)
}

fn main() {
    println!("{}", Meters::describe());
    println!("{}", Feet::describe());
    println!("{}", Minutes::describe());

    let legs: Vec<Qty<Feet>> = [120.0, 350.5, 75.25, 1000.0].iter().map(|&v| Qty::new(v)).collect();
    let sum_ft = total(&legs);
    let sum_m: Qty<Meters> = sum_ft.convert();
    println!("total: {} = {}", sum_ft, sum_m);
    println!("padded: |{:>14}|{:<12.1}|", sum_m, sum_ft);
    println!("alt: {:#} {:#.0}", sum_m, sum_ft);

    let t: Qty<Minutes> = Qty::new(2.5);
    let t_s: Qty<Seconds> = t.convert();
    let speed = sum_m / t_s;
    println!("speed: {}", speed);
    println!("speed precise: {:.5}", speed);
    let speed_min = sum_ft / t;
    println!("speed ft/min: {:.1}", speed_min);

    let longest = legs
        .iter()
        .copied()
        .max_by(|a, b| a.partial_cmp(b).unwrap())
        .unwrap();
    let shortest = legs
        .iter()
        .min_by(|a, b| a.value.total_cmp(&b.value))
        .unwrap();
    println!("longest {} shortest {}", longest, shortest);

    let diff = longest - *shortest;
    let scaled = diff * 0.5;
    println!("half diff = {:#.2}", scaled);
    let back: Qty<Feet> = scaled.convert::<Meters>().convert();
    println!("roundtrip equal: {}", back == scaled);
    let mut sorted = legs.clone();
    sorted.sort_by(|a, b| b.partial_cmp(a).unwrap());
    let names: Vec<String> = sorted.iter().map(|q| format!("{:#.0}", q)).collect();
    println!("desc: {}", names.join(" > "));
    println!("any over 300m: {}", legs.iter().any(|q| q.convert::<Meters>().value > 300.0));
}
