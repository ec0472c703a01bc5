// Three rules of rustc a program met: a type annotation takes a generic parameter's default (`let a: Acc` is
// `Acc<i64>`, not `Acc<_>` left to the literals); a call autoderefs its callee through Deref (`Rc<dyn Fn>`); and a
// value of the body's own type parameter holds no borrow the body makes (`acc = &acc * &m` in a generic fn).
use std::fmt::Display;
use std::ops::{Add, Mul};
use std::rc::Rc;

trait Num: Copy + Display + Add<Output = Self> + Mul<Output = Self> + PartialOrd { const ZERO: Self; const NAME: &'static str; }
impl Num for i64 { const ZERO: Self = 0; const NAME: &'static str = "i64"; }
impl Num for u32 { const ZERO: Self = 0; const NAME: &'static str = "u32"; }
impl Num for f64 { const ZERO: Self = 0.0; const NAME: &'static str = "f64"; }

struct Acc<T: Num = i64> { total: T, count: usize }
impl<T: Num> Acc<T> {
    fn new() -> Self { Acc { total: T::ZERO, count: 0 } }
    fn push(&mut self, v: T) -> &mut Self { self.total = self.total + v; self.count += 1; self }
    fn report(&self) -> String { format!("{} total={} count={}", T::NAME, self.total, self.count) }
}

#[derive(Clone, Debug)]
struct Poly<T>(Vec<T>);
impl<'a, T: Num> Mul<&'a Poly<T>> for &'a Poly<T> {
    type Output = Poly<T>;
    fn mul(self, o: &'a Poly<T>) -> Poly<T> {
        let mut out = vec![T::ZERO; self.0.len() + o.0.len() - 1];
        for (i, &a) in self.0.iter().enumerate() {
            for (j, &b) in o.0.iter().enumerate() { out[i + j] = out[i + j] + a * b; }
        }
        Poly(out)
    }
}

fn power<T: Num>(p: &Poly<T>, mut e: u32) -> Poly<T> where Poly<T>: Clone {
    let mut base = p.clone();
    let mut acc = Poly(vec![p.0[0]]);
    acc.0[0] = p.0[0];
    let mut first = true;
    while e > 0 {
        if e & 1 == 1 {
            acc = if first { base.clone() } else { &acc * &base };
            first = false;
        }
        base = &base * &base;
        e >>= 1;
    }
    acc
}

fn main() {
    let mut a: Acc = Acc::new();
    a.push(10).push(20).push(-5);
    println!("{}", a.report());
    let mut b = Acc::<u32>::new();
    b.push(7);
    println!("{}", b.report());

    let double: Rc<dyn Fn(i64) -> i64> = Rc::new(|x| x * 2);
    let shared = Rc::clone(&double);
    let handlers: Vec<Rc<dyn Fn(&str) -> String>> = vec![Rc::new(|s| s.to_uppercase()), Rc::new(|s| format!("<{s}>"))];
    let by_ref = &&shared;
    println!("{} {} {}", double(21), shared(4), by_ref(5));
    for h in &handlers { print!("{} ", h("rc")); }
    println!();

    println!("{:?}", power(&Poly(vec![1i64, 1]), 3));
    println!("{:?}", power(&Poly(vec![0.5f64, 2.0]), 2));
}
