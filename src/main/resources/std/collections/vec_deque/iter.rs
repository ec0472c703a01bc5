// vec_deque::Iter: the deque's two slices, iterated one after the other (i1 is swapped with i2 when done).
use crate::fmt;
use crate::iter::FusedIterator;
use crate::mem;
use crate::slice;

pub struct Iter<'a, T: 'a> {
    i1: slice::Iter<'a, T>,
    i2: slice::Iter<'a, T>,
}

impl<'a, T> Iter<'a, T> {
    pub(super) fn new(i1: slice::Iter<'a, T>, i2: slice::Iter<'a, T>) -> Self { Iter { i1, i2 } }

}

impl<T: fmt::Debug> fmt::Debug for Iter<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Iter").field(&self.i1.as_slice()).field(&self.i2.as_slice()).finish()
    }
}

impl<T> Default for Iter<'_, T> {
    fn default() -> Self {
        let empty: &[T] = &[];
        Iter { i1: empty.iter(), i2: empty.iter() }
    }
}

impl<T> Clone for Iter<'_, T> {
    fn clone(&self) -> Self { Iter { i1: self.i1.clone(), i2: self.i2.clone() } }
}

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;

    fn next(&mut self) -> Option<&'a T> {
        match self.i1.next() {
            Some(val) => Some(val),
            None => {
                // i1 is empty: swap so that the first branch is taken from now on
                mem::swap(&mut self.i1, &mut self.i2);
                self.i1.next()
            }
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let len = self.i1.len() + self.i2.len();
        (len, Some(len))
    }

    fn __trusted_len(&self) -> bool { true }

    fn fold<Acc, F: FnMut(Acc, Self::Item) -> Acc>(self, accum: Acc, mut f: F) -> Acc {
        let accum = self.i1.fold(accum, |acc, x| f(acc, x));
        self.i2.fold(accum, |acc, x| f(acc, x))
    }

    fn last(mut self) -> Option<&'a T> { self.next_back() }
}

impl<'a, T> DoubleEndedIterator for Iter<'a, T> {
    fn next_back(&mut self) -> Option<&'a T> {
        match self.i2.next_back() {
            Some(val) => Some(val),
            None => {
                mem::swap(&mut self.i1, &mut self.i2);
                self.i2.next_back()
            }
        }
    }

    fn rfold<Acc, F: FnMut(Acc, Self::Item) -> Acc>(self, accum: Acc, mut f: F) -> Acc {
        let accum = self.i2.rfold(accum, |acc, x| f(acc, x));
        self.i1.rfold(accum, |acc, x| f(acc, x))
    }
}

impl<T> ExactSizeIterator for Iter<'_, T> {
    fn len(&self) -> usize { self.i1.len() + self.i2.len() }
    fn is_empty(&self) -> bool { self.i1.is_empty() && self.i2.is_empty() }
}

impl<T> FusedIterator for Iter<'_, T> {}

unsafe impl<T> crate::iter::TrustedLen for Iter<'_, T> {}
