// vec_deque::IntoIter: the deque itself, popped from the front or the back.
use crate::alloc::{Allocator, Global};
use crate::fmt;
use crate::iter::FusedIterator;

use super::VecDeque;

pub struct IntoIter<T, A: Allocator = Global> {
    inner: VecDeque<T, A>,
}

impl<T, A: Allocator> IntoIter<T, A> {
    pub(super) fn new(inner: VecDeque<T, A>) -> Self { IntoIter { inner } }
    pub(super) fn into_vecdeque(self) -> VecDeque<T, A> { self.inner }
}

impl<T: Clone> Clone for IntoIter<T> {
    fn clone(&self) -> Self { IntoIter { inner: self.inner.clone() } }
}

impl<T: fmt::Debug, A: Allocator> fmt::Debug for IntoIter<T, A> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.debug_tuple("IntoIter").field(&self.inner).finish() }
}

impl<T, A: Allocator> Iterator for IntoIter<T, A> {
    type Item = T;

    fn next(&mut self) -> Option<T> { self.inner.pop_front() }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let len = self.inner.len();
        (len, Some(len))
    }

    fn __trusted_len(&self) -> bool { true }

    fn count(self) -> usize { self.inner.len }

    fn last(mut self) -> Option<T> { self.inner.pop_back() }
}

impl<T, A: Allocator> DoubleEndedIterator for IntoIter<T, A> {
    fn next_back(&mut self) -> Option<T> { self.inner.pop_back() }
}

impl<T, A: Allocator> ExactSizeIterator for IntoIter<T, A> {
    fn is_empty(&self) -> bool { self.inner.is_empty() }
}

impl<T, A: Allocator> FusedIterator for IntoIter<T, A> {}

unsafe impl<T, A: Allocator> crate::iter::TrustedLen for IntoIter<T, A> {}
