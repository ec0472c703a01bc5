// Ranges as iterators (core::iter::range): over any Step type (integers, char).
use super::{DoubleEndedIterator, ExactSizeIterator, FusedIterator, Iterator, TrustedLen};
use crate::ops::{Range, RangeFrom, RangeInclusive};

pub trait Step: Clone + PartialOrd + Sized {
    /// The number of successor steps from start to end (None if more than usize::MAX), as the size hint needs.
    fn steps_between(start: &Self, end: &Self) -> (usize, Option<usize>);
    fn forward_checked(start: Self, count: usize) -> Option<Self>;
    fn backward_checked(start: Self, count: usize) -> Option<Self>;
    #[track_caller]
    fn forward(start: Self, count: usize) -> Self {
        match Step::forward_checked(start, count) {
            Some(v) => v,
            None => crate::panicking::panic("attempt to add with overflow"),
        }
    }
    fn backward(start: Self, count: usize) -> Self { Step::backward_checked(start, count).expect("overflow in `Step::backward`") }
    unsafe fn forward_unchecked(start: Self, count: usize) -> Self { Step::forward(start, count) }
    unsafe fn backward_unchecked(start: Self, count: usize) -> Self { Step::backward(start, count) }
}

// as core's step_integer_impls: arithmetic in the type itself (or its unsigned twin), no wider integers
macro_rules! step_unsigned {
    ($($t:ident)*) => {
        $(
            impl Step for $t {
                fn steps_between(start: &$t, end: &$t) -> (usize, Option<usize>) {
                    if *start <= *end {
                        let diff = (*end - *start) as usize;
                        (diff, Some(diff))
                    } else {
                        (0, None)
                    }
                }
                fn forward_checked(start: $t, n: usize) -> Option<$t> {
                    if n > <$t>::MAX as usize { None } else { start.checked_add(n as $t) }
                }
                fn backward_checked(start: $t, n: usize) -> Option<$t> {
                    if n > <$t>::MAX as usize { None } else { start.checked_sub(n as $t) }
                }
            }
        )*
    };
}

macro_rules! step_signed {
    ($($t:ident $u:ident)*) => {
        $(
            impl Step for $t {
                fn steps_between(start: &$t, end: &$t) -> (usize, Option<usize>) {
                    if *start <= *end {
                        let diff = (*end as $u).wrapping_sub(*start as $u) as usize;
                        (diff, Some(diff))
                    } else {
                        (0, None)
                    }
                }
                fn forward_checked(start: $t, n: usize) -> Option<$t> {
                    if n > <$u>::MAX as usize { return None; }
                    let wrapped = start.wrapping_add(n as $t);
                    if wrapped >= start { Some(wrapped) } else { None }
                }
                fn backward_checked(start: $t, n: usize) -> Option<$t> {
                    if n > <$u>::MAX as usize { return None; }
                    let wrapped = start.wrapping_sub(n as $t);
                    if wrapped <= start { Some(wrapped) } else { None }
                }
            }
        )*
    };
}

step_unsigned! { u8 u16 u32 u64 usize }
step_signed! { i8 u8 i16 u16 i32 u32 i64 u64 isize usize }

impl Step for u128 {
    fn steps_between(start: &u128, end: &u128) -> (usize, Option<usize>) {
        if *start <= *end {
            let diff = *end - *start;
            if diff <= usize::MAX as u128 { (diff as usize, Some(diff as usize)) } else { (usize::MAX, None) }
        } else {
            (0, None)
        }
    }
    fn forward_checked(start: u128, n: usize) -> Option<u128> { start.checked_add(n as u128) }
    fn backward_checked(start: u128, n: usize) -> Option<u128> { start.checked_sub(n as u128) }
}

impl Step for i128 {
    fn steps_between(start: &i128, end: &i128) -> (usize, Option<usize>) {
        if *start <= *end {
            let diff = (*end).wrapping_sub(*start) as u128;
            if diff <= usize::MAX as u128 { (diff as usize, Some(diff as usize)) } else { (usize::MAX, None) }
        } else {
            (0, None)
        }
    }
    fn forward_checked(start: i128, n: usize) -> Option<i128> { start.checked_add(n as i128) }
    fn backward_checked(start: i128, n: usize) -> Option<i128> { start.checked_sub(n as i128) }
}

impl Step for char {
    fn steps_between(start: &char, end: &char) -> (usize, Option<usize>) {
        let start = *start as u32;
        let end = *end as u32;
        if start <= end {
            let count = end - start;
            let count = if start < 0xD800 && 0xE000 <= end { count - 0x800 } else { count };
            (count as usize, Some(count as usize))
        } else {
            (0, None)
        }
    }
    fn forward_checked(start: char, count: usize) -> Option<char> {
        let start = start as u32;
        let mut res = Step::forward_checked(start, count)?;
        if start < 0xD800 && 0xD800 <= res {
            res = Step::forward_checked(res, 0x800)?;
        }
        crate::char::from_u32(res)
    }
    fn backward_checked(start: char, count: usize) -> Option<char> {
        let start = start as u32;
        let mut res = Step::backward_checked(start, count)?;
        if start >= 0xE000 && 0xE000 > res {
            res = Step::backward_checked(res, 0x800)?;
        }
        crate::char::from_u32(res)
    }
}

impl<A: Step> Iterator for Range<A> {
    type Item = A;
    fn next(&mut self) -> Option<A> {
        if self.start < self.end {
            let n = Step::forward(self.start.clone(), 1);
            Some(crate::mem::replace(&mut self.start, n))
        } else {
            None
        }
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        if self.start < self.end { Step::steps_between(&self.start, &self.end) } else { (0, Some(0)) }
    }
    fn __trusted_len(&self) -> bool { true }
    fn nth(&mut self, n: usize) -> Option<A> {
        if let Some(plus_n) = Step::forward_checked(self.start.clone(), n) {
            if plus_n < self.end {
                self.start = Step::forward(plus_n.clone(), 1);
                return Some(plus_n);
            }
        }
        self.start = self.end.clone();
        None
    }
    fn last(mut self) -> Option<A> { self.next_back() }
    fn min(mut self) -> Option<A> where A: Ord { self.next() }
    fn max(mut self) -> Option<A> where A: Ord { self.next_back() }
}

impl<A: Step> DoubleEndedIterator for Range<A> {
    fn next_back(&mut self) -> Option<A> {
        if self.start < self.end {
            self.end = Step::backward(self.end.clone(), 1);
            Some(self.end.clone())
        } else {
            None
        }
    }
    fn nth_back(&mut self, n: usize) -> Option<A> {
        if let Some(minus_n) = Step::backward_checked(self.end.clone(), n) {
            if minus_n > self.start {
                self.end = Step::backward(minus_n, 1);
                return Some(self.end.clone());
            }
        }
        self.end = self.start.clone();
        None
    }
}

impl ExactSizeIterator for Range<usize> {}
impl ExactSizeIterator for Range<u8> {}
impl ExactSizeIterator for Range<u16> {}
impl ExactSizeIterator for Range<u32> {}
impl ExactSizeIterator for Range<i8> {}
impl ExactSizeIterator for Range<i16> {}
impl ExactSizeIterator for Range<i32> {}
impl ExactSizeIterator for Range<isize> {}
impl ExactSizeIterator for Range<u64> {}
impl ExactSizeIterator for Range<i64> {}
unsafe impl<A: Step> TrustedLen for Range<A> {}
impl<A: Step> FusedIterator for Range<A> {}

impl<A: Step> Iterator for RangeFrom<A> {
    type Item = A;
    fn next(&mut self) -> Option<A> {
        let n = Step::forward(self.start.clone(), 1);
        Some(crate::mem::replace(&mut self.start, n))
    }
    fn size_hint(&self) -> (usize, Option<usize>) { (usize::MAX, None) }
    fn nth(&mut self, n: usize) -> Option<A> {
        let plus_n = Step::forward(self.start.clone(), n);
        self.start = Step::forward(plus_n.clone(), 1);
        Some(plus_n)
    }
}

impl<A: Step> Iterator for RangeInclusive<A> {
    type Item = A;
    fn next(&mut self) -> Option<A> {
        if self.exhausted || !(self.start <= self.end) {
            return None;
        }
        let is_iterating = self.start < self.end;
        Some(if is_iterating {
            let n = Step::forward(self.start.clone(), 1);
            crate::mem::replace(&mut self.start, n)
        } else {
            self.exhausted = true;
            self.start.clone()
        })
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        if self.exhausted || !(self.start <= self.end) {
            return (0, Some(0));
        }
        let hint = Step::steps_between(&self.start, &self.end);
        (hint.0.saturating_add(1), match hint.1 {
            Some(steps) => steps.checked_add(1),
            None => None,
        })
    }
    fn __trusted_len(&self) -> bool { true }
    fn nth(&mut self, n: usize) -> Option<A> {
        if self.exhausted || !(self.start <= self.end) {
            return None;
        }
        if let Some(plus_n) = Step::forward_checked(self.start.clone(), n) {
            if plus_n < self.end {
                self.start = Step::forward(plus_n.clone(), 1);
                return Some(plus_n);
            } else if plus_n == self.end {
                self.start = plus_n.clone();
                self.exhausted = true;
                return Some(plus_n);
            }
        }
        self.start = self.end.clone();
        self.exhausted = true;
        None
    }
    fn last(mut self) -> Option<A> { self.next_back() }
    fn min(mut self) -> Option<A> where A: Ord { self.next() }
    fn max(mut self) -> Option<A> where A: Ord { self.next_back() }
}

impl<A: Step> DoubleEndedIterator for RangeInclusive<A> {
    fn next_back(&mut self) -> Option<A> {
        if self.exhausted || !(self.start <= self.end) {
            return None;
        }
        let is_iterating = self.start < self.end;
        Some(if is_iterating {
            let n = Step::backward(self.end.clone(), 1);
            crate::mem::replace(&mut self.end, n)
        } else {
            self.exhausted = true;
            self.end.clone()
        })
    }
}

impl ExactSizeIterator for RangeInclusive<u8> {}
impl ExactSizeIterator for RangeInclusive<i8> {}
impl ExactSizeIterator for RangeInclusive<u16> {}
impl ExactSizeIterator for RangeInclusive<i16> {}
unsafe impl<A: Step> TrustedLen for RangeInclusive<A> {}
impl<A: Step> FusedIterator for RangeInclusive<A> {}
