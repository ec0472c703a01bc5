use std::fmt;
use std::iter::{Product, Sum};
use std::ops::{Add, Mul, Neg, Sub};

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug, Hash)]
struct Fixed(i64);

impl Fixed {
    const SCALE: i64 = 10_000;
    const ONE: Fixed = Fixed(Self::SCALE);
    const ZERO: Fixed = Fixed(0);
    fn from_parts(whole: i64, frac4: i64) -> Fixed { Fixed(whole * Self::SCALE + frac4) }
    fn pct(p: i64) -> Fixed { Fixed(p * Self::SCALE / 100) }
    fn checked_mul(self, o: Fixed) -> Option<Fixed> {
        self.0.checked_mul(o.0).map(|v| Fixed(v / Self::SCALE))
    }
}

impl From<i32> for Fixed {
    fn from(v: i32) -> Fixed { Fixed(v as i64 * Fixed::SCALE) }
}
impl From<(i32, u16)> for Fixed {
    fn from((w, f): (i32, u16)) -> Fixed { Fixed::from_parts(w as i64, f as i64) }
}

impl Add for Fixed { type Output = Fixed; fn add(self, o: Fixed) -> Fixed { Fixed(self.0 + o.0) } }
impl Sub for Fixed { type Output = Fixed; fn sub(self, o: Fixed) -> Fixed { Fixed(self.0 - o.0) } }
impl Neg for Fixed { type Output = Fixed; fn neg(self) -> Fixed { Fixed(-self.0) } }
impl Mul for Fixed {
    type Output = Fixed;
    fn mul(self, o: Fixed) -> Fixed { Fixed(self.0 * o.0 / Self::SCALE) }
}

impl Sum for Fixed {
    fn sum<I: Iterator<Item = Fixed>>(it: I) -> Fixed { it.fold(Fixed::ZERO, Add::add) }
}
impl<'a> Sum<&'a Fixed> for Fixed {
    fn sum<I: Iterator<Item = &'a Fixed>>(it: I) -> Fixed { it.copied().sum() }
}
impl Product for Fixed {
    fn product<I: Iterator<Item = Fixed>>(it: I) -> Fixed { it.fold(Fixed::ONE, Mul::mul) }
}
impl<'a> Product<&'a Fixed> for Fixed {
    fn product<I: Iterator<Item = &'a Fixed>>(it: I) -> Fixed { it.copied().product() }
}

impl fmt::Display for Fixed {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else if f.sign_plus() { "+" } else { "" };
        let a = self.0.unsigned_abs();
        let digits = f.precision().unwrap_or(4).min(4);
        let frac = format!("{:04}", a % Self::SCALE as u64);
        let body = if digits == 0 { format!("{}{}", sign, a / Self::SCALE as u64) } else { format!("{}{}.{}", sign, a / Self::SCALE as u64, &frac[..digits]) };
        match f.width() {
            Some(w) => write!(f, "{:>w$}", body, w = w),
            None => f.write_str(&body),
        }
    }
}

fn main() {
    let deposits: Vec<Fixed> = vec![100.into(), (250, 5000).into(), (19, 9900).into(), Fixed::from(-40)];
    let total: Fixed = deposits.iter().sum();
    println!("total deposits {} ({:+.2})", total, total);
    let yearly = [Fixed::pct(5), Fixed::pct(-2), Fixed::pct(7), Fixed::pct(3)];
    let growth: Fixed = yearly.iter().map(|&r| Fixed::ONE + r).product();
    println!("growth factor {:.4}, final {:.2}", growth, total * growth);

    let mut balance = total;
    for (year, r) in yearly.iter().enumerate() {
        let interest = balance * *r;
        balance = balance + interest;
        println!("year {} rate {:>8.2}% interest {:>10.2} balance {:>10.2}", year + 1, *r * Fixed::from(100), interest, balance);
    }
    let diff = balance - total * growth;
    println!("rounding drift {} (neg {})", diff, -diff);

    let (gains, losses): (Vec<Fixed>, Vec<Fixed>) = yearly.iter().partition(|r| **r > Fixed::ZERO);
    let gsum: Fixed = gains.iter().sum();
    let lsum: Fixed = losses.into_iter().sum();
    println!("gains {} losses {} net {:+}", gsum, lsum, gsum + lsum);
    let empty_prod: Fixed = Vec::<Fixed>::new().iter().product();
    println!("empty product {} empty sum {}", empty_prod, Vec::<Fixed>::new().into_iter().sum::<Fixed>());
    let best = yearly.iter().max().unwrap();
    let worst = yearly.iter().min_by_key(|r| r.0).unwrap();
    println!("best {:.1} worst {:.1}", *best * 100.into(), *worst * 100.into());

    let mut factor = Fixed::from(2);
    let mut steps = 0;
    while let Some(next) = factor.checked_mul(Fixed::from(3)) {
        factor = next;
        steps += 1;
    }
    println!("checked tripling stopped after {} steps at {:.0}", steps, factor);
    let leverage: Vec<Fixed> = (1..=12).map(|i| Fixed::from(i * 4)).collect();
    let mut running = Fixed::ONE;
    for (i, l) in leverage.iter().enumerate() {
        running = running * *l;
        println!("leverage step {:>2}: {:.0}", i + 1, running);
    }
    println!("unreachable end {}", running);
}
