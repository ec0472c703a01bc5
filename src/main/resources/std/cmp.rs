use crate::cmp::Ordering::*;

#[lang = "eq"]
#[rustc_on_unimplemented(message = "can't compare `{Self}` with `{Rhs}`", label = "no implementation for `{Self} == {Rhs}`")]
pub trait PartialEq<Rhs: ?Sized = Self> {
    fn eq(&self, other: &Rhs) -> bool;
    fn ne(&self, other: &Rhs) -> bool { !self.eq(other) }
}

pub trait Eq: PartialEq<Self> {}

#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
#[repr(i8)]
pub enum Ordering {
    Less = -1,
    Equal = 0,
    Greater = 1,
}

impl Ordering {
    pub const fn is_eq(self) -> bool { matches!(self, Equal) }
    pub const fn is_ne(self) -> bool { !matches!(self, Equal) }
    pub const fn is_lt(self) -> bool { matches!(self, Less) }
    pub const fn is_gt(self) -> bool { matches!(self, Greater) }
    pub const fn is_le(self) -> bool { !matches!(self, Greater) }
    pub const fn is_ge(self) -> bool { !matches!(self, Less) }
    pub const fn reverse(self) -> Ordering {
        match self {
            Less => Greater,
            Equal => Equal,
            Greater => Less,
        }
    }
    pub const fn then(self, other: Ordering) -> Ordering {
        match self {
            Equal => other,
            _ => self,
        }
    }
    pub fn then_with<F: FnOnce() -> Ordering>(self, f: F) -> Ordering {
        match self {
            Equal => f(),
            _ => self,
        }
    }
}

impl PartialOrd for Ordering {
    fn partial_cmp(&self, other: &Ordering) -> Option<Ordering> { (*self as i8).partial_cmp(&(*other as i8)) }
}
impl Ord for Ordering {
    fn cmp(&self, other: &Ordering) -> Ordering { (*self as i8).cmp(&(*other as i8)) }
}

#[lang = "partial_ord"]
#[rustc_on_unimplemented(message = "can't compare `{Self}` with `{Rhs}`", label = "no implementation for `{Self} < {Rhs}` and `{Self} > {Rhs}`")]
pub trait PartialOrd<Rhs: ?Sized = Self>: PartialEq<Rhs> {
    fn partial_cmp(&self, other: &Rhs) -> Option<Ordering>;
    fn lt(&self, other: &Rhs) -> bool { matches!(self.partial_cmp(other), Some(Less)) }
    fn le(&self, other: &Rhs) -> bool { matches!(self.partial_cmp(other), Some(Less | Equal)) }
    fn gt(&self, other: &Rhs) -> bool { matches!(self.partial_cmp(other), Some(Greater)) }
    fn ge(&self, other: &Rhs) -> bool { matches!(self.partial_cmp(other), Some(Greater | Equal)) }
}

pub trait Ord: Eq + PartialOrd<Self> {
    fn cmp(&self, other: &Self) -> Ordering;
    fn max(self, other: Self) -> Self where Self: Sized {
        if other < self { self } else { other }
    }
    fn min(self, other: Self) -> Self where Self: Sized {
        if other < self { other } else { self }
    }
    fn clamp(self, min: Self, max: Self) -> Self where Self: Sized {
        if !(min <= max) {
            std_panic!("core/src/cmp.rs", 1102, 9, "assertion failed: min <= max");
        }
        if self < min { min } else if self > max { max } else { self }
    }
}

pub fn max<T: Ord>(v1: T, v2: T) -> T { v1.max(v2) }
pub fn min<T: Ord>(v1: T, v2: T) -> T { v1.min(v2) }

pub fn max_by<T, F: FnOnce(&T, &T) -> Ordering>(v1: T, v2: T, compare: F) -> T {
    match compare(&v1, &v2) {
        Less | Equal => v2,
        Greater => v1,
    }
}
pub fn min_by<T, F: FnOnce(&T, &T) -> Ordering>(v1: T, v2: T, compare: F) -> T {
    match compare(&v1, &v2) {
        Less | Equal => v1,
        Greater => v2,
    }
}
pub fn max_by_key<T, F: FnMut(&T) -> K, K: Ord>(v1: T, v2: T, mut f: F) -> T {
    let k1 = f(&v1);
    let k2 = f(&v2);
    if k2 >= k1 { v2 } else { v1 }
}
pub fn min_by_key<T, F: FnMut(&T) -> K, K: Ord>(v1: T, v2: T, mut f: F) -> T {
    let k1 = f(&v1);
    let k2 = f(&v2);
    if k2 < k1 { v2 } else { v1 }
}

#[derive(PartialEq, Eq, Debug, Copy, Default, Hash)]
#[repr(transparent)]
pub struct Reverse<T>(pub T);

impl<T: Clone> Clone for Reverse<T> {
    fn clone(&self) -> Reverse<T> { Reverse(self.0.clone()) }
    fn clone_from(&mut self, source: &Self) { self.0.clone_from(&source.0) }
}

impl<T: PartialOrd> PartialOrd for Reverse<T> {
    fn partial_cmp(&self, other: &Reverse<T>) -> Option<Ordering> { other.0.partial_cmp(&self.0) }
    fn lt(&self, other: &Self) -> bool { other.0 < self.0 }
    fn le(&self, other: &Self) -> bool { other.0 <= self.0 }
    fn gt(&self, other: &Self) -> bool { other.0 > self.0 }
    fn ge(&self, other: &Self) -> bool { other.0 >= self.0 }
}
impl<T: Ord> Ord for Reverse<T> {
    fn cmp(&self, other: &Reverse<T>) -> Ordering { other.0.cmp(&self.0) }
}

// references compare what they point to
impl<A: ?Sized + PartialEq<B>, B: ?Sized> PartialEq<&B> for &A {
    fn eq(&self, other: &&B) -> bool { PartialEq::eq(*self, *other) }
    fn ne(&self, other: &&B) -> bool { PartialEq::ne(*self, *other) }
}
impl<A: ?Sized + PartialEq<B>, B: ?Sized> PartialEq<&mut B> for &mut A {
    fn eq(&self, other: &&mut B) -> bool { PartialEq::eq(*self, *other) }
}
impl<A: ?Sized + PartialEq<B>, B: ?Sized> PartialEq<&mut B> for &A {
    fn eq(&self, other: &&mut B) -> bool { PartialEq::eq(*self, *other) }
}
impl<A: ?Sized + PartialEq<B>, B: ?Sized> PartialEq<&B> for &mut A {
    fn eq(&self, other: &&B) -> bool { PartialEq::eq(*self, *other) }
}
impl<A: ?Sized + Eq> Eq for &A {}
impl<A: ?Sized + Eq> Eq for &mut A {}
impl<A: ?Sized + PartialOrd<B>, B: ?Sized> PartialOrd<&B> for &A {
    fn partial_cmp(&self, other: &&B) -> Option<Ordering> { PartialOrd::partial_cmp(*self, *other) }
    fn lt(&self, other: &&B) -> bool { PartialOrd::lt(*self, *other) }
    fn le(&self, other: &&B) -> bool { PartialOrd::le(*self, *other) }
    fn gt(&self, other: &&B) -> bool { PartialOrd::gt(*self, *other) }
    fn ge(&self, other: &&B) -> bool { PartialOrd::ge(*self, *other) }
}
impl<A: ?Sized + PartialOrd<B>, B: ?Sized> PartialOrd<&mut B> for &mut A {
    fn partial_cmp(&self, other: &&mut B) -> Option<Ordering> { PartialOrd::partial_cmp(*self, *other) }
}
impl<A: ?Sized + Ord> Ord for &A {
    fn cmp(&self, other: &Self) -> Ordering { Ord::cmp(*self, *other) }
}
impl<A: ?Sized + Ord> Ord for &mut A {
    fn cmp(&self, other: &Self) -> Ordering { Ord::cmp(*self, *other) }
}
