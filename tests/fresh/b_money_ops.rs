use std::fmt;
use std::iter::Sum;
use std::ops::{Add, AddAssign, Mul, Neg, Sub};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
struct Money {
    cents: i64,
}

impl Money {
    fn new(units: i64, cents: i64) -> Self {
        Money { cents: units * 100 + if units < 0 { -cents } else { cents } }
    }

    fn from_f64(v: f64) -> Self {
        Money { cents: (v * 100.0).round() as i64 }
    }

    fn split(self, parts: i64) -> Vec<Money> {
        let base = self.cents / parts;
        let rem = self.cents % parts;
        (0..parts).map(|i| Money { cents: base + if i < rem { 1 } else { 0 } }).collect()
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let sign = if self.cents < 0 { "-" } else { "" };
        let s = format!("{}${:.2}", sign, self.cents.abs() as f64 / 100.0);
        f.pad(&s)
    }
}

impl Add for Money {
    type Output = Money;
    fn add(self, o: Money) -> Money {
        Money { cents: self.cents + o.cents }
    }
}

impl Sub for Money {
    type Output = Money;
    fn sub(self, o: Money) -> Money {
        Money { cents: self.cents - o.cents }
    }
}

impl Mul<i64> for Money {
    type Output = Money;
    fn mul(self, q: i64) -> Money {
        Money { cents: self.cents * q }
    }
}

impl Mul<f64> for Money {
    type Output = Money;
    fn mul(self, rate: f64) -> Money {
        Money { cents: (self.cents as f64 * rate).round() as i64 }
    }
}

impl Neg for Money {
    type Output = Money;
    fn neg(self) -> Money {
        Money { cents: -self.cents }
    }
}

impl AddAssign for Money {
    fn add_assign(&mut self, o: Money) {
        self.cents += o.cents;
    }
}

impl Sum for Money {
    fn sum<I: Iterator<Item = Money>>(iter: I) -> Money {
        iter.fold(Money::default(), |a, b| a + b)
    }
}

impl<'a> Sum<&'a Money> for Money {
    fn sum<I: Iterator<Item = &'a Money>>(iter: I) -> Money {
        iter.copied().sum()
    }
}

struct LineItem {
    name: &'static str,
    price: Money,
    qty: i64,
}

fn main() {
    let items = [
        LineItem { name: "coffee beans", price: Money::new(12, 99), qty: 2 },
        LineItem { name: "milk", price: Money::from_f64(1.49), qty: 3 },
        LineItem { name: "croissant", price: Money::new(2, 5), qty: 4 },
        LineItem { name: "gift card", price: Money::new(25, 0), qty: 1 },
    ];
    let mut subtotal = Money::default();
    for it in &items {
        let line = it.price * it.qty;
        subtotal += line;
        println!("{:<14} {:>8} x{:<2} = {:>9}", it.name, it.price, it.qty, line);
    }
    let discount = -(subtotal * 0.10);
    let tax = (subtotal + discount) * 0.0825;
    let total: Money = [subtotal, discount, tax].iter().sum();
    println!("{:<28} {:>9}", "subtotal", subtotal);
    println!("{:<28} {:>9}", "discount 10%", discount);
    println!("{:<28} {:>9}", "tax 8.25%", tax);
    println!("{:<28} {:>9}", "TOTAL", total);
    let shares = total.split(3);
    println!("split 3 ways: {:?}", shares.iter().map(|m| m.to_string()).collect::<Vec<_>>());
    println!("shares add up: {}", shares.into_iter().sum::<Money>() == total);
    let mut prices: Vec<Money> = items.iter().map(|i| i.price).collect();
    prices.sort();
    println!("cheapest {} dearest {}", prices[0], prices.iter().max().unwrap());
    println!("refund: {}", Money::new(-3, 50) - Money::new(1, 1));
    println!("{:?}", Money::new(0, 7));
}
