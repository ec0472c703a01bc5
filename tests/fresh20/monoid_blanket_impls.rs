use std::fmt::Debug;

trait Semigroup {
    fn combine(&self, other: &Self) -> Self;
}

trait Monoid: Semigroup + Sized {
    fn empty() -> Self;
    const NAME: &'static str;
}

// Blanket extension trait: anything that is a Monoid + Clone gets repeat-power for free.
trait Power: Monoid + Clone {
    fn power(&self, mut n: u32) -> Self {
        let mut base = self.clone();
        let mut acc = Self::empty();
        while n > 0 {
            if n & 1 == 1 {
                acc = acc.combine(&base);
            }
            base = base.combine(&base);
            n >>= 1;
        }
        acc
    }
}
impl<T: Monoid + Clone> Power for T {}

trait ConcatAll: Iterator + Sized
where
    Self::Item: Monoid,
{
    fn concat_all(self) -> Self::Item {
        self.fold(Self::Item::empty(), |a, b| a.combine(&b))
    }
}
impl<I> ConcatAll for I
where
    I: Iterator,
    I::Item: Monoid,
{
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Sum(i64);
#[derive(Debug, Clone, Copy, PartialEq)]
struct Product(i64);
#[derive(Debug, Clone, Copy, PartialEq)]
struct Max(i64);
#[derive(Debug, Clone, PartialEq)]
struct Concat(String);

impl Semigroup for Sum { fn combine(&self, o: &Self) -> Self { Sum(self.0 + o.0) } }
impl Monoid for Sum { fn empty() -> Self { Sum(0) } const NAME: &'static str = "Sum"; }
impl Semigroup for Product { fn combine(&self, o: &Self) -> Self { Product(self.0 * o.0) } }
impl Monoid for Product { fn empty() -> Self { Product(1) } const NAME: &'static str = "Product"; }
impl Semigroup for Max { fn combine(&self, o: &Self) -> Self { Max(self.0.max(o.0)) } }
impl Monoid for Max { fn empty() -> Self { Max(i64::MIN) } const NAME: &'static str = "Max"; }
impl Semigroup for Concat { fn combine(&self, o: &Self) -> Self { Concat(format!("{}{}", self.0, o.0)) } }
impl Monoid for Concat { fn empty() -> Self { Concat(String::new()) } const NAME: &'static str = "Concat"; }

impl<A: Semigroup, B: Semigroup> Semigroup for (A, B) {
    fn combine(&self, o: &Self) -> Self {
        (self.0.combine(&o.0), self.1.combine(&o.1))
    }
}
impl<A: Monoid, B: Monoid> Monoid for (A, B) {
    fn empty() -> Self { (A::empty(), B::empty()) }
    const NAME: &'static str = "Pair";
}

impl<T: Semigroup + Clone> Semigroup for Option<T> {
    fn combine(&self, o: &Self) -> Self {
        match (self, o) {
            (Some(a), Some(b)) => Some(a.combine(b)),
            (Some(a), None) | (None, Some(a)) => Some(a.clone()),
            (None, None) => None,
        }
    }
}
impl<T: Semigroup + Clone> Monoid for Option<T> {
    fn empty() -> Self { None }
    const NAME: &'static str = "Option";
}

fn describe<M: Monoid + Debug>(items: Vec<M>) -> String {
    let n = items.len();
    format!("{:<8} of {} items -> {:?}", M::NAME, n, items.into_iter().concat_all())
}

fn fold_map<T, M, F>(xs: &[T], f: F) -> M
where
    M: Monoid,
    F: Fn(&T) -> M,
{
    xs.iter().map(f).concat_all()
}

fn main() {
    let data = [3i64, -7, 12, 5, 0, 9, -2];
    println!("{}", describe(data.iter().map(|&x| Sum(x)).collect()));
    println!("{}", describe(data.iter().filter(|&&x| x != 0).map(|&x| Product(x)).collect()));
    println!("{}", describe(data.iter().map(|&x| Max(x)).collect()));
    println!("{}", describe(vec![Concat("ab".into()), Concat("-".into()), Concat("cd".into())]));
    println!("{}", describe(Vec::<Max>::new()));
    let stats: (Sum, (Max, Product)) = fold_map(&data, |&x| (Sum(1), (Max(x * x), Product(if x > 0 { x } else { 1 }))));
    println!("count/maxsq/posprod: {:?}", stats);
    let opts = vec![None, Some(Sum(4)), None, Some(Sum(10))];
    println!("{}", describe(opts));
    println!("{}", describe(vec![None::<Max>, None]));
    println!("Sum(3)^5 = {:?}", Sum(3).power(5));
    println!("Product(2)^20 = {:?}", Product(2).power(20));
    println!("Concat(\"ab\")^3 = {:?}", Concat("ab".to_string()).power(3));
    println!("pair power: {:?}", (Sum(2), Max(-4)).power(4));
    let words = "the quick brown fox";
    let initials: Concat = fold_map(&words.split_whitespace().collect::<Vec<_>>(), |w| Concat(w[..1].to_ascii_uppercase()));
    println!("initials: {}", initials.0);
    println!("zero power is identity: {}", Max(99).power(0) == Max::empty());
}
