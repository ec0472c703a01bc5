// vec::Drain: moves a range out of a Vec; dropping it drops what was not taken and moves the tail back.
use crate::alloc::{Allocator, Global};
use crate::ptr::{self, NonNull};

pub struct Drain<'a, T: 'a, A: Allocator + 'a = Global> {
    pub(super) iter: crate::slice::Iter<'a, T>,
    pub(super) vec: NonNull<super::Vec<T, A>>,
    pub(super) tail_start: usize,
    pub(super) tail_len: usize,
}

impl<'a, T, A: Allocator> Drain<'a, T, A> {
    pub(crate) fn new(iter: crate::slice::Iter<'a, T>, vec: NonNull<super::Vec<T, A>>, tail_start: usize, tail_len: usize) -> Self {
        Drain { iter, vec, tail_start, tail_len }
    }
    pub fn as_slice(&self) -> &[T] { self.iter.as_slice() }
}

impl<T, A: Allocator> Iterator for Drain<'_, T, A> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        match self.iter.next() {
            Some(elt) => Some(unsafe { ptr::read(elt as *const T) }),
            None => None,
        }
    }
    fn size_hint(&self) -> (usize, Option<usize>) { self.iter.size_hint() }
    fn __trusted_len(&self) -> bool { true }
}

impl<T, A: Allocator> DoubleEndedIterator for Drain<'_, T, A> {
    fn next_back(&mut self) -> Option<T> {
        match self.iter.next_back() {
            Some(elt) => Some(unsafe { ptr::read(elt as *const T) }),
            None => None,
        }
    }
}

impl<T, A: Allocator> ExactSizeIterator for Drain<'_, T, A> {}
impl<T, A: Allocator> crate::iter::FusedIterator for Drain<'_, T, A> {}

impl<T: crate::fmt::Debug, A: Allocator> crate::fmt::Debug for Drain<'_, T, A> {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result { f.debug_tuple("Drain").field(&self.iter.as_slice()).finish() }
}

impl<T, A: Allocator> Drop for Drain<'_, T, A> {
    fn drop(&mut self) {
        while let Some(elt) = self.iter.next() {
            unsafe { ptr::drop_in_place(elt as *const T as *mut T) };
        }
        unsafe {
            let vec = self.vec.as_mut();
            if self.tail_len > 0 {
                let start = vec.len();
                let tail = self.tail_start;
                if tail != start {
                    let src = vec.as_ptr().add(tail);
                    let dst = vec.as_mut_ptr().add(start);
                    ptr::copy(src, dst, self.tail_len);
                }
                vec.set_len(start + self.tail_len);
            }
        }
    }
}
