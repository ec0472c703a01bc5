// Iterators: the Iterator trait with std's provided methods, the adapters (adapters.rs), ranges (range.rs)
// and the sources (once, repeat, empty, from_fn, successors). Size hints are std's, since collect and
// extend size their buffers from them.
use crate::cmp::Ordering;
use crate::ops::{Add, Mul, Try};

mod adapters;
mod range;
mod sources;

pub use adapters::*;
pub use range::Step;
pub use sources::*;

#[def_path = "core::iter::traits::iterator"]

#[lang = "iterator"]
#[rustc_on_unimplemented(message = "`{Self}` is not an iterator", label = "`{Self}` is not an iterator")]
pub trait Iterator {
    type Item;

    #[lang = "next"]
    fn next(&mut self) -> Option<Self::Item>;

    fn size_hint(&self) -> (usize, Option<usize>) { (0, None) }

    /// Whether the iterator reports its exact length (std's TrustedLen, which collect and extend specialize on).
    #[doc(hidden)]
    fn __trusted_len(&self) -> bool { false }

    /// The vec::IntoIter whose buffer this iterator reads, when it is one or adapters over one that consume at least
    /// one of its items per item they give (std's SourceIter + InPlaceIterable, which Vec's in-place collect
    /// specializes on); None otherwise.
    #[doc(hidden)]
    fn __in_place_source(&mut self) -> Option<&mut dyn crate::vec::InPlaceSource> { None }

    /// Whether the iterator is a vec::IntoIter itself (std's SpecFromIter<T, IntoIter<T>>).
    #[doc(hidden)]
    fn __is_vec_into_iter(&self) -> bool { false }

    fn count(self) -> usize where Self: Sized { self.fold(0, |count, _| count + 1) }

    fn last(self) -> Option<Self::Item> where Self: Sized { self.fold(None, |_, x| Some(x)) }

    fn advance_by(&mut self, n: usize) -> Result<(), usize> {
        let mut i = 0;
        while i < n {
            if self.next().is_none() {
                return Err(n - i);
            }
            i = i + 1;
        }
        Ok(())
    }

    fn nth(&mut self, n: usize) -> Option<Self::Item> {
        if self.advance_by(n).is_err() {
            return None;
        }
        self.next()
    }

    #[track_caller]
    fn step_by(self, step: usize) -> StepBy<Self> where Self: Sized { StepBy::new(self, step) }

    fn chain<U: IntoIterator<Item = Self::Item>>(self, other: U) -> Chain<Self, U::IntoIter> where Self: Sized {
        Chain { a: Some(self), b: Some(other.into_iter()) }
    }

    fn zip<U: IntoIterator>(self, other: U) -> Zip<Self, U::IntoIter> where Self: Sized { Zip::new(self, other.into_iter()) }

    fn map<B, F: FnMut(Self::Item) -> B>(self, f: F) -> Map<Self, F> where Self: Sized { Map { iter: self, f } }

    fn for_each<F: FnMut(Self::Item)>(self, f: F) where Self: Sized {
        let mut f = f;
        let mut it = self;
        while let Some(x) = it.next() {
            f(x);
        }
    }

    fn filter<P: FnMut(&Self::Item) -> bool>(self, predicate: P) -> Filter<Self, P> where Self: Sized {
        Filter { iter: self, predicate }
    }

    fn filter_map<B, F: FnMut(Self::Item) -> Option<B>>(self, f: F) -> FilterMap<Self, F> where Self: Sized {
        FilterMap { iter: self, f }
    }

    fn enumerate(self) -> Enumerate<Self> where Self: Sized { Enumerate { iter: self, count: 0 } }

    fn peekable(self) -> Peekable<Self> where Self: Sized { Peekable { iter: self, peeked: None } }

    fn skip_while<P: FnMut(&Self::Item) -> bool>(self, predicate: P) -> SkipWhile<Self, P> where Self: Sized {
        SkipWhile { iter: self, flag: false, predicate }
    }

    fn take_while<P: FnMut(&Self::Item) -> bool>(self, predicate: P) -> TakeWhile<Self, P> where Self: Sized {
        TakeWhile { iter: self, flag: false, predicate }
    }

    fn map_while<B, P: FnMut(Self::Item) -> Option<B>>(self, predicate: P) -> MapWhile<Self, P> where Self: Sized {
        MapWhile { iter: self, predicate }
    }

    fn skip(self, n: usize) -> Skip<Self> where Self: Sized { Skip { iter: self, n } }

    fn take(self, n: usize) -> Take<Self> where Self: Sized { Take { iter: self, n } }

    fn scan<St, B, F: FnMut(&mut St, Self::Item) -> Option<B>>(self, initial_state: St, f: F) -> Scan<Self, St, F> where Self: Sized {
        Scan { iter: self, f, state: initial_state }
    }

    fn flat_map<U: IntoIterator, F: FnMut(Self::Item) -> U>(self, f: F) -> FlatMap<Self, U, F> where Self: Sized {
        FlatMap { iter: self, f, frontiter: None, backiter: None }
    }

    fn flatten(self) -> Flatten<Self> where Self: Sized, Self::Item: IntoIterator {
        Flatten { iter: self, frontiter: None, backiter: None }
    }

    fn fuse(self) -> Fuse<Self> where Self: Sized { Fuse { iter: Some(self) } }

    fn inspect<F: FnMut(&Self::Item)>(self, f: F) -> Inspect<Self, F> where Self: Sized { Inspect { iter: self, f } }

    fn by_ref(&mut self) -> &mut Self where Self: Sized { self }

    fn collect<B: FromIterator<Self::Item>>(self) -> B where Self: Sized { FromIterator::from_iter(self) }

    fn partition<B: Default + Extend<Self::Item>, F: FnMut(&Self::Item) -> bool>(self, f: F) -> (B, B) where Self: Sized {
        let mut f = f;
        let mut left: B = Default::default();
        let mut right: B = Default::default();
        let mut it = self;
        while let Some(x) = it.next() {
            if f(&x) {
                left.extend_one(x);
            } else {
                right.extend_one(x);
            }
        }
        (left, right)
    }

    fn try_fold<B, F: FnMut(B, Self::Item) -> R, R: Try<Output = B>>(&mut self, init: B, f: F) -> R where Self: Sized {
        let mut f = f;
        let mut accum = init;
        while let Some(x) = self.next() {
            accum = f(accum, x)?;
        }
        R::from_output(accum)
    }

    fn try_for_each<F: FnMut(Self::Item) -> R, R: Try<Output = ()>>(&mut self, f: F) -> R where Self: Sized {
        let mut f = f;
        while let Some(x) = self.next() {
            f(x)?;
        }
        R::from_output(())
    }

    fn fold<B, F: FnMut(B, Self::Item) -> B>(self, init: B, f: F) -> B where Self: Sized {
        let mut f = f;
        let mut accum = init;
        let mut it = self;
        while let Some(x) = it.next() {
            accum = f(accum, x);
        }
        accum
    }

    fn reduce<F: FnMut(Self::Item, Self::Item) -> Self::Item>(self, f: F) -> Option<Self::Item> where Self: Sized {
        let mut it = self;
        let first = it.next()?;
        Some(it.fold(first, f))
    }

    fn all<F: FnMut(Self::Item) -> bool>(&mut self, f: F) -> bool where Self: Sized {
        let mut f = f;
        while let Some(x) = self.next() {
            if !f(x) {
                return false;
            }
        }
        true
    }

    fn any<F: FnMut(Self::Item) -> bool>(&mut self, f: F) -> bool where Self: Sized {
        let mut f = f;
        while let Some(x) = self.next() {
            if f(x) {
                return true;
            }
        }
        false
    }

    fn find<P: FnMut(&Self::Item) -> bool>(&mut self, predicate: P) -> Option<Self::Item> where Self: Sized {
        let mut predicate = predicate;
        while let Some(x) = self.next() {
            if predicate(&x) {
                return Some(x);
            }
        }
        None
    }

    fn find_map<B, F: FnMut(Self::Item) -> Option<B>>(&mut self, f: F) -> Option<B> where Self: Sized {
        let mut f = f;
        while let Some(x) = self.next() {
            if let Some(b) = f(x) {
                return Some(b);
            }
        }
        None
    }

    fn position<P: FnMut(Self::Item) -> bool>(&mut self, predicate: P) -> Option<usize> where Self: Sized {
        let mut predicate = predicate;
        let mut i = 0;
        while let Some(x) = self.next() {
            if predicate(x) {
                return Some(i);
            }
            i = i + 1;
        }
        None
    }

    fn rposition<P: FnMut(Self::Item) -> bool>(&mut self, predicate: P) -> Option<usize>
    where Self: Sized + ExactSizeIterator + DoubleEndedIterator {
        let mut predicate = predicate;
        let mut i = self.len();
        while let Some(x) = self.next_back() {
            i = i - 1;
            if predicate(x) {
                return Some(i);
            }
        }
        None
    }

    fn max(self) -> Option<Self::Item> where Self: Sized, Self::Item: Ord { self.max_by(Ord::cmp) }

    fn min(self) -> Option<Self::Item> where Self: Sized, Self::Item: Ord { self.min_by(Ord::cmp) }

    fn max_by_key<B: Ord, F: FnMut(&Self::Item) -> B>(self, f: F) -> Option<Self::Item> where Self: Sized {
        let mut f = f;
        let mut it = self;
        let mut best = it.next()?;
        let mut best_key = f(&best);
        while let Some(x) = it.next() {
            let k = f(&x);
            if k >= best_key {
                best = x;
                best_key = k;
            }
        }
        Some(best)
    }

    fn max_by<F: FnMut(&Self::Item, &Self::Item) -> Ordering>(self, compare: F) -> Option<Self::Item> where Self: Sized {
        let mut compare = compare;
        let mut it = self;
        let mut best = it.next()?;
        while let Some(x) = it.next() {
            match compare(&best, &x) {
                Ordering::Greater => {}
                _ => best = x,
            }
        }
        Some(best)
    }

    fn min_by_key<B: Ord, F: FnMut(&Self::Item) -> B>(self, f: F) -> Option<Self::Item> where Self: Sized {
        let mut f = f;
        let mut it = self;
        let mut best = it.next()?;
        let mut best_key = f(&best);
        while let Some(x) = it.next() {
            let k = f(&x);
            if k < best_key {
                best = x;
                best_key = k;
            }
        }
        Some(best)
    }

    fn min_by<F: FnMut(&Self::Item, &Self::Item) -> Ordering>(self, compare: F) -> Option<Self::Item> where Self: Sized {
        let mut compare = compare;
        let mut it = self;
        let mut best = it.next()?;
        while let Some(x) = it.next() {
            match compare(&best, &x) {
                Ordering::Greater => best = x,
                _ => {}
            }
        }
        Some(best)
    }

    fn rev(self) -> Rev<Self> where Self: Sized + DoubleEndedIterator { Rev { iter: self } }

    fn unzip<A, B, FromA: Default + Extend<A>, FromB: Default + Extend<B>>(self) -> (FromA, FromB)
    where Self: Sized + Iterator<Item = (A, B)> {
        let mut a: FromA = Default::default();
        let mut b: FromB = Default::default();
        let (lower, _) = self.size_hint();
        if lower > 0 {
            a.extend_reserve(lower);
            b.extend_reserve(lower);
        }
        let mut it = self;
        while let Some((x, y)) = it.next() {
            a.extend_one(x);
            b.extend_one(y);
        }
        (a, b)
    }

    fn copied<'a, T: 'a + Copy>(self) -> Copied<Self> where Self: Sized + Iterator<Item = &'a T> { Copied { it: self } }

    fn cloned<'a, T: 'a + Clone>(self) -> Cloned<Self> where Self: Sized + Iterator<Item = &'a T> { Cloned { it: self } }

    fn cycle(self) -> Cycle<Self> where Self: Sized + Clone { Cycle { orig: self.clone(), iter: self } }

    fn sum<S: Sum<Self::Item>>(self) -> S where Self: Sized { Sum::sum(self) }

    fn product<P: Product<Self::Item>>(self) -> P where Self: Sized { Product::product(self) }

    fn cmp<I: IntoIterator<Item = Self::Item>>(self, other: I) -> Ordering where Self::Item: Ord, Self: Sized {
        let mut a = self;
        let mut b = other.into_iter();
        loop {
            match (a.next(), b.next()) {
                (None, None) => return Ordering::Equal,
                (None, _) => return Ordering::Less,
                (_, None) => return Ordering::Greater,
                (Some(x), Some(y)) => match x.cmp(&y) {
                    Ordering::Equal => {}
                    non_eq => return non_eq,
                },
            }
        }
    }

    fn partial_cmp<I: IntoIterator>(self, other: I) -> Option<Ordering> where Self::Item: PartialOrd<I::Item>, Self: Sized {
        let mut a = self;
        let mut b = other.into_iter();
        loop {
            match (a.next(), b.next()) {
                (None, None) => return Some(Ordering::Equal),
                (None, _) => return Some(Ordering::Less),
                (_, None) => return Some(Ordering::Greater),
                (Some(x), Some(y)) => match x.partial_cmp(&y) {
                    Some(Ordering::Equal) => {}
                    non_eq => return non_eq,
                },
            }
        }
    }

    fn eq<I: IntoIterator>(self, other: I) -> bool where Self::Item: PartialEq<I::Item>, Self: Sized {
        let mut a = self;
        let mut b = other.into_iter();
        loop {
            match (a.next(), b.next()) {
                (None, None) => return true,
                (Some(x), Some(y)) => {
                    if !(x == y) {
                        return false;
                    }
                }
                _ => return false,
            }
        }
    }

    fn ne<I: IntoIterator>(self, other: I) -> bool where Self::Item: PartialEq<I::Item>, Self: Sized { !self.eq(other) }

    fn lt<I: IntoIterator>(self, other: I) -> bool where Self::Item: PartialOrd<I::Item>, Self: Sized {
        self.partial_cmp(other) == Some(Ordering::Less)
    }

    fn le<I: IntoIterator>(self, other: I) -> bool where Self::Item: PartialOrd<I::Item>, Self: Sized {
        matches!(self.partial_cmp(other), Some(Ordering::Less | Ordering::Equal))
    }

    fn gt<I: IntoIterator>(self, other: I) -> bool where Self::Item: PartialOrd<I::Item>, Self: Sized {
        self.partial_cmp(other) == Some(Ordering::Greater)
    }

    fn ge<I: IntoIterator>(self, other: I) -> bool where Self::Item: PartialOrd<I::Item>, Self: Sized {
        matches!(self.partial_cmp(other), Some(Ordering::Greater | Ordering::Equal))
    }

    fn is_sorted(self) -> bool where Self: Sized, Self::Item: PartialOrd { self.is_sorted_by(|a, b| a <= b) }

    fn is_sorted_by<F: FnMut(&Self::Item, &Self::Item) -> bool>(self, compare: F) -> bool where Self: Sized {
        let mut compare = compare;
        let mut it = self;
        let mut last = match it.next() {
            Some(e) => e,
            None => return true,
        };
        while let Some(curr) = it.next() {
            if !compare(&last, &curr) {
                return false;
            }
            last = curr;
        }
        true
    }

    fn is_sorted_by_key<F: FnMut(Self::Item) -> K, K: PartialOrd>(self, f: F) -> bool where Self: Sized {
        self.map(f).is_sorted()
    }
}

impl<I: Iterator + ?Sized> Iterator for &mut I {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> { (**self).next() }
    fn size_hint(&self) -> (usize, Option<usize>) { (**self).size_hint() }
    fn nth(&mut self, n: usize) -> Option<Self::Item> { (**self).nth(n) }
}

#[def_path = "core::iter::traits::double_ended"]

pub trait DoubleEndedIterator: Iterator {
    fn next_back(&mut self) -> Option<Self::Item>;

    fn nth_back(&mut self, n: usize) -> Option<Self::Item> {
        let mut i = 0;
        while i < n {
            self.next_back()?;
            i = i + 1;
        }
        self.next_back()
    }

    fn rfold<B, F: FnMut(B, Self::Item) -> B>(self, init: B, f: F) -> B where Self: Sized {
        let mut f = f;
        let mut accum = init;
        let mut it = self;
        while let Some(x) = it.next_back() {
            accum = f(accum, x);
        }
        accum
    }

    fn rfind<P: FnMut(&Self::Item) -> bool>(&mut self, predicate: P) -> Option<Self::Item> where Self: Sized {
        let mut predicate = predicate;
        while let Some(x) = self.next_back() {
            if predicate(&x) {
                return Some(x);
            }
        }
        None
    }
}

impl<I: DoubleEndedIterator + ?Sized> DoubleEndedIterator for &mut I {
    fn next_back(&mut self) -> Option<I::Item> { (**self).next_back() }
}

#[def_path = "core::iter::traits::exact_size"]

pub trait ExactSizeIterator: Iterator {
    fn len(&self) -> usize {
        let (lower, _) = self.size_hint();
        lower
    }
    fn is_empty(&self) -> bool { self.len() == 0 }
}

impl<I: ExactSizeIterator + ?Sized> ExactSizeIterator for &mut I {}

#[def_path = "core::iter::traits::marker"]

pub trait FusedIterator: Iterator {}

/// Iterators whose size_hint is exact (std's TrustedLen); collect and extend size their buffers by it.
pub unsafe trait TrustedLen: Iterator {}

#[rustc_on_unimplemented(message = "a value of type `{Self}` cannot be built from an iterator over elements of type `{A}`",
    label = "value of type `{Self}` cannot be built from `std::iter::Iterator<Item={A}>`")]
#[def_path = "core::iter::traits::collect"]
pub trait FromIterator<A>: Sized {
    fn from_iter<T: IntoIterator<Item = A>>(iter: T) -> Self;
}

#[rustc_on_unimplemented(message = "`{Self}` is not an iterator", label = "`{Self}` is not an iterator")]
// `array.into_iter()` is `(&array).into_iter()` before edition 2021, `boxed_slice.into_iter()` before 2024
#[def_path = "core::iter::traits::collect"]
#[rustc_skip_during_method_dispatch(array, boxed_slice)]
pub trait IntoIterator {
    type Item;
    type IntoIter: Iterator<Item = Self::Item>;
    #[lang = "into_iter"]
    fn into_iter(self) -> Self::IntoIter;
}

impl<I: Iterator> IntoIterator for I {
    type Item = I::Item;
    type IntoIter = I;
    fn into_iter(self) -> I { self }
}

#[def_path = "core::iter::traits::collect"]

pub trait Extend<A> {
    fn extend<T: IntoIterator<Item = A>>(&mut self, iter: T);
    fn extend_one(&mut self, item: A) { self.extend(Some(item)); }
    fn extend_reserve(&mut self, additional: usize) { let _ = additional; }
}

impl Extend<()> for () {
    fn extend<T: IntoIterator<Item = ()>>(&mut self, iter: T) { iter.into_iter().for_each(drop) }
}

impl FromIterator<()> for () {
    fn from_iter<T: IntoIterator<Item = ()>>(iter: T) -> () { iter.into_iter().for_each(|()| {}) }
}

#[rustc_on_unimplemented(message = "a value of type `{Self}` cannot be made by summing an iterator over elements of type `{A}`",
    label = "value of type `{Self}` cannot be made by summing a `std::iter::Iterator<Item={A}>`")]
#[def_path = "core::iter::traits::accum"]
pub trait Sum<A = Self>: Sized {
    fn sum<I: Iterator<Item = A>>(iter: I) -> Self;
}

#[rustc_on_unimplemented(message = "a value of type `{Self}` cannot be made by multiplying all elements of type `{A}` from an iterator",
    label = "value of type `{Self}` cannot be made by multiplying all elements from a `std::iter::Iterator<Item={A}>`")]
#[def_path = "core::iter::traits::accum"]
pub trait Product<A = Self>: Sized {
    fn product<I: Iterator<Item = A>>(iter: I) -> Self;
}

// Sum and Product of integers: an overflow panics where std's accum.rs invokes its integer_sum_product! macro (the
// place rustc reports for code a macro expanded), as the rustc binary (debug build) does
macro_rules! integer_sum_product {
    ($($t:ty)*) => {
        $(
            impl Sum for $t {
                fn sum<I: Iterator<Item = $t>>(iter: I) -> $t {
                    iter.fold(0, |a, b| std_expect!(a.checked_add(b), "core/src/iter/traits/accum.rs", 204, 1, "attempt to add with overflow"))
                }
            }
            impl<'a> Sum<&'a $t> for $t {
                fn sum<I: Iterator<Item = &'a $t>>(iter: I) -> $t { iter.copied().sum() }
            }
            impl Product for $t {
                fn product<I: Iterator<Item = $t>>(iter: I) -> $t {
                    iter.fold(1, |a, b| std_expect!(a.checked_mul(b), "core/src/iter/traits/accum.rs", 204, 1, "attempt to multiply with overflow"))
                }
            }
            impl<'a> Product<&'a $t> for $t {
                fn product<I: Iterator<Item = &'a $t>>(iter: I) -> $t { iter.copied().product() }
            }
        )*
    };
}

macro_rules! float_sum_product {
    ($($t:ty)*) => {
        $(
            impl Sum for $t {
                fn sum<I: Iterator<Item = $t>>(iter: I) -> $t { iter.fold(-0.0, |a, b| a + b) }
            }
            impl<'a> Sum<&'a $t> for $t {
                fn sum<I: Iterator<Item = &'a $t>>(iter: I) -> $t { iter.fold(-0.0, |a, b| a + *b) }
            }
            impl Product for $t {
                fn product<I: Iterator<Item = $t>>(iter: I) -> $t { iter.fold(1.0, |a, b| a * b) }
            }
            impl<'a> Product<&'a $t> for $t {
                fn product<I: Iterator<Item = &'a $t>>(iter: I) -> $t { iter.fold(1.0, |a, b| a * *b) }
            }
        )*
    };
}

integer_sum_product! { i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize }
float_sum_product! { f32 f64 }

impl<T, U: Sum<T>, E> Sum<Result<T, E>> for Result<U, E> {
    fn sum<I: Iterator<Item = Result<T, E>>>(iter: I) -> Result<U, E> {
        let mut error: Option<E> = None;
        let v = U::sum(GenericShunt { iter, residual: &mut error });
        match error {
            Some(e) => Err(e),
            None => Ok(v),
        }
    }
}

impl<T, U: Product<T>, E> Product<Result<T, E>> for Result<U, E> {
    fn product<I: Iterator<Item = Result<T, E>>>(iter: I) -> Result<U, E> {
        let mut error: Option<E> = None;
        let v = U::product(GenericShunt { iter, residual: &mut error });
        match error {
            Some(e) => Err(e),
            None => Ok(v),
        }
    }
}

impl<T, U: Sum<T>> Sum<Option<T>> for Option<U> {
    fn sum<I: Iterator<Item = Option<T>>>(iter: I) -> Option<U> {
        let mut error: Option<()> = None;
        let v = U::sum(GenericShunt { iter: iter.map(|x| x.ok_or(())), residual: &mut error });
        if error.is_some() { None } else { Some(v) }
    }
}

impl<T, U: Product<T>> Product<Option<T>> for Option<U> {
    fn product<I: Iterator<Item = Option<T>>>(iter: I) -> Option<U> {
        let mut error: Option<()> = None;
        let v = U::product(GenericShunt { iter: iter.map(|x| x.ok_or(())), residual: &mut error });
        if error.is_some() { None } else { Some(v) }
    }
}

/// Yields the Ok values of an iterator of Results, stopping at the first Err (kept in residual): how
/// collect into Result<V, E> and sum of Results work (std's GenericShunt).
pub(crate) struct GenericShunt<'a, I, E> {
    iter: I,
    residual: &'a mut Option<E>,
}

impl<'a, T, E, I: Iterator<Item = Result<T, E>>> Iterator for GenericShunt<'a, I, E> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        if self.residual.is_some() {
            return None;
        }
        match self.iter.next() {
            Some(Ok(v)) => Some(v),
            Some(Err(e)) => {
                *self.residual = Some(e);
                None
            }
            None => None,
        }
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        if self.residual.is_some() {
            (0, Some(0))
        } else {
            let (_, upper) = self.iter.size_hint();
            (0, upper)
        }
    }
}

/// V collected from the Ok values of iter; the first Err stops it and is left in error.
pub(crate) fn from_fn_shunt_err<T, E, I: Iterator<Item = Result<T, E>>, V: FromIterator<T>>(iter: I, error: &mut Option<E>) -> V {
    V::from_iter(GenericShunt { iter, residual: error })
}

pub fn zip<A: IntoIterator, B: IntoIterator>(a: A, b: B) -> Zip<A::IntoIter, B::IntoIter> { Zip::new(a.into_iter(), b.into_iter()) }
