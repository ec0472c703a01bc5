use std::fmt;
use std::iter::Sum;
use std::marker::PhantomData;
use std::ops::{Add, AddAssign, Deref, DerefMut, Div, Mul, Sub};

trait Unit: Copy {
    const SYMBOL: &'static str;
    const TO_BASE: f64;
}

#[derive(Clone, Copy, Debug)]
struct Meter;
#[derive(Clone, Copy, Debug)]
struct Foot;
#[derive(Clone, Copy, Debug)]
struct Mile;

impl Unit for Meter { const SYMBOL: &'static str = "m"; const TO_BASE: f64 = 1.0; }
impl Unit for Foot { const SYMBOL: &'static str = "ft"; const TO_BASE: f64 = 0.3048; }
impl Unit for Mile { const SYMBOL: &'static str = "mi"; const TO_BASE: f64 = 1609.344; }

#[derive(Clone, Copy, Debug)]
struct Length<U: Unit> {
    value: f64,
    _u: PhantomData<U>,
}

impl<U: Unit> Length<U> {
    fn new(value: f64) -> Self { Length { value, _u: PhantomData } }
    fn to<V: Unit>(self) -> Length<V> { Length::new(self.value * U::TO_BASE / V::TO_BASE) }
}

impl<U: Unit> PartialEq for Length<U> {
    fn eq(&self, o: &Self) -> bool { self.value == o.value }
}
impl<U: Unit> PartialOrd for Length<U> {
    fn partial_cmp(&self, o: &Self) -> Option<std::cmp::Ordering> { self.value.partial_cmp(&o.value) }
}
impl<U: Unit> Add for Length<U> { type Output = Self; fn add(self, o: Self) -> Self { Length::new(self.value + o.value) } }
impl<U: Unit> Sub for Length<U> { type Output = Self; fn sub(self, o: Self) -> Self { Length::new(self.value - o.value) } }
impl<U: Unit> Mul<f64> for Length<U> { type Output = Self; fn mul(self, k: f64) -> Self { Length::new(self.value * k) } }
impl<U: Unit> Div for Length<U> { type Output = f64; fn div(self, o: Self) -> f64 { self.value / o.value } }
impl<U: Unit> AddAssign for Length<U> { fn add_assign(&mut self, o: Self) { self.value += o.value; } }
impl<U: Unit> Sum for Length<U> {
    fn sum<I: Iterator<Item = Self>>(it: I) -> Self { it.fold(Length::new(0.0), |a, b| a + b) }
}
impl From<Length<Foot>> for Length<Meter> { fn from(f: Length<Foot>) -> Self { f.to() } }
impl From<Length<Mile>> for Length<Meter> { fn from(m: Length<Mile>) -> Self { m.to() } }

impl<U: Unit> fmt::Display for Length<U> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let prec = f.precision().unwrap_or(2);
        let s = format!("{:.*} {}", prec, self.value, U::SYMBOL);
        match f.width() {
            Some(w) => write!(f, "{:>w$}", s),
            None => f.write_str(&s),
        }
    }
}

#[derive(Debug, Default)]
struct Route {
    name: String,
    legs: Vec<Length<Meter>>,
}

impl Deref for Route {
    type Target = Vec<Length<Meter>>;
    fn deref(&self) -> &Self::Target { &self.legs }
}
impl DerefMut for Route {
    fn deref_mut(&mut self) -> &mut Self::Target { &mut self.legs }
}
impl AsRef<str> for Route {
    fn as_ref(&self) -> &str { &self.name }
}

fn shout<S: AsRef<str>>(s: S) -> String {
    s.as_ref().to_ascii_uppercase()
}

fn total_in<V: Unit>(legs: &[Length<Meter>]) -> Length<V> {
    legs.iter().copied().sum::<Length<Meter>>().to::<V>()
}

fn main() {
    let a = Length::<Foot>::new(5280.0);
    let b: Length<Meter> = a.into();
    let c: Length<Mile> = b.to();
    println!("{} = {} = {:.4}", a, b, c);
    println!("[{:12.1}] [{:10}] [{:.0}]", b, Length::<Mile>::new(26.2188), Length::<Meter>::new(42195.0));
    let mut route = Route { name: "river loop".into(), ..Default::default() };
    route.push(Length::<Mile>::new(1.5).into());
    route.push(Length::<Foot>::new(800.0).into());
    route.push(Length::new(2500.0));
    route.extend([Length::new(120.5), Length::<Foot>::new(3.0).into()]);
    println!("route {} has {} legs, first {:.1}", shout(&*route.name), route.len(), route[0]);
    for (i, leg) in route.iter().enumerate() {
        println!("  leg {}: {:>12.2} | {:>10.1}", i + 1, leg, leg.to::<Foot>());
    }
    let total: Length<Meter> = route.iter().copied().sum();
    println!("total {:.1} = {:.3} = {:.0}", total, total_in::<Mile>(&route), total_in::<Foot>(&route));
    let longest = route.iter().copied().fold(Length::<Meter>::new(0.0), |m, l| if l > m { l } else { m });
    println!("longest leg is {:.1}% of route", longest / total * 100.0);
    route.retain(|l| l.value > 100.0);
    let mut acc = Length::<Meter>::new(0.0);
    for l in route.iter() {
        acc += *l * 2.0;
    }
    println!("after retain: {} legs, doubled total {:.2}, diff {:.2}", route.len(), acc, acc - total);
    println!("shout via AsRef: {}", shout(&route));
}
