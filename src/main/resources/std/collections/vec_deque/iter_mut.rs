// vec_deque::IterMut: the deque's two mutable slices, iterated one after the other.
use crate::fmt;
use crate::iter::FusedIterator;
use crate::mem;
use crate::ptr;
use crate::slice;

pub struct IterMut<'a, T: 'a> {
    i1: slice::IterMut<'a, T>,
    i2: slice::IterMut<'a, T>,
}

/// The rest of a slice::IterMut as a slice, without consuming it.
fn rest<'a, T>(it: &slice::IterMut<'a, T>) -> &'a mut [T] { unsafe { ptr::read(it).into_slice() } }

impl<'a, T> IterMut<'a, T> {
    pub(super) fn new(i1: slice::IterMut<'a, T>, i2: slice::IterMut<'a, T>) -> Self { IterMut { i1, i2 } }

    /// The remaining elements as the front and back slices (std's unstable as_slices, for Debug).
    fn as_slices(&self) -> (&[T], &[T]) {
        let a: &[T] = rest(&self.i1);
        let b: &[T] = rest(&self.i2);
        (a, b)
    }
}

impl<T: fmt::Debug> fmt::Debug for IterMut<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (a, b) = self.as_slices();
        f.debug_tuple("IterMut").field(&a).field(&b).finish()
    }
}

impl<T> Default for IterMut<'_, T> {
    fn default() -> Self {
        let a: &mut [T] = unsafe { slice::from_raw_parts_mut(ptr::NonNull::<T>::dangling().as_ptr(), 0) };
        let b: &mut [T] = unsafe { slice::from_raw_parts_mut(ptr::NonNull::<T>::dangling().as_ptr(), 0) };
        IterMut { i1: a.iter_mut(), i2: b.iter_mut() }
    }
}

impl<'a, T> Iterator for IterMut<'a, T> {
    type Item = &'a mut T;

    fn next(&mut self) -> Option<&'a mut T> {
        match self.i1.next() {
            Some(val) => Some(val),
            None => {
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

    fn last(mut self) -> Option<&'a mut T> { self.next_back() }
}

impl<'a, T> DoubleEndedIterator for IterMut<'a, T> {
    fn next_back(&mut self) -> Option<&'a mut T> {
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

impl<T> ExactSizeIterator for IterMut<'_, T> {
    fn len(&self) -> usize { self.i1.len() + self.i2.len() }
    fn is_empty(&self) -> bool { self.i1.is_empty() && self.i2.is_empty() }
}

impl<T> FusedIterator for IterMut<'_, T> {}

unsafe impl<T> crate::iter::TrustedLen for IterMut<'_, T> {}
