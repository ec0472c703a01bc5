// vec::IntoIter: the buffer taken over from a Vec, read from ptr to end; what is left is dropped with it.
use crate::alloc::{Allocator, Global};
use crate::marker::PhantomData;
use crate::mem::ManuallyDrop;
use crate::ptr::{self, NonNull};

pub struct IntoIter<T, A: Allocator = Global> {
    buf: NonNull<T>,
    phantom: PhantomData<T>,
    cap: usize,
    alloc: ManuallyDrop<A>,
    ptr: NonNull<T>,
    end: *const T,
}

impl<T, A: Allocator> IntoIter<T, A> {
    pub(crate) fn new(v: super::Vec<T, A>) -> Self {
        let alloc = unsafe { ptr::read(v.raw_buf().inner_alloc() as *const A) };
        let (p, len, cap) = unsafe { v.take_raw() };
        let begin = p;
        let end = if crate::intrinsics::size_of::<T>() == 0 { (begin as usize + len) as *const T } else { unsafe { begin.add(len) as *const T } };
        IntoIter { buf: unsafe { NonNull::new_unchecked(begin) }, phantom: PhantomData, cap, alloc: ManuallyDrop::new(alloc), ptr: unsafe {
            NonNull::new_unchecked(begin) }, end }
    }

    pub fn as_slice(&self) -> &[T] { unsafe { crate::slice::from_raw_parts(self.ptr.as_ptr(), self.len()) } }
    pub fn as_mut_slice(&mut self) -> &mut [T] { unsafe { crate::slice::from_raw_parts_mut(self.ptr.as_ptr(), self.len()) } }
}

impl<T, A: Allocator> Iterator for IntoIter<T, A> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        if crate::intrinsics::size_of::<T>() == 0 {
            if self.ptr.as_ptr() as *const T == self.end {
                return None;
            }
            self.end = (self.end as usize - 1) as *const T;
            return Some(unsafe { ptr::read(NonNull::<T>::dangling().as_ptr()) });
        }
        if self.ptr.as_ptr() as *const T == self.end {
            None
        } else {
            let old = self.ptr;
            self.ptr = unsafe { old.add(1) };
            Some(unsafe { ptr::read(old.as_ptr()) })
        }
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        let exact = if crate::intrinsics::size_of::<T>() == 0 {
            self.end.addr() - self.ptr.as_ptr().addr()
        } else {
            unsafe { self.end.offset_from(self.ptr.as_ptr()) as usize }
        };
        (exact, Some(exact))
    }
    fn __trusted_len(&self) -> bool { true }
    fn count(self) -> usize { self.len() }
    fn __in_place_source(&mut self) -> Option<&mut dyn InPlaceSource> { Some(self) }
    fn __is_vec_into_iter(&self) -> bool { true }
}

/// A vec::IntoIter seen without its element type, as Vec's in-place collect uses its source (std's AsVecIntoIter).
pub trait InPlaceSource {
    /// The buffer's start, and the next item's address.
    fn buf_addr(&self) -> *mut u8;
    fn ptr_addr(&self) -> *mut u8;
    /// The buffer's capacity, in items; the items not read yet.
    fn src_cap(&self) -> usize;
    fn remaining(&self) -> usize;
    fn elem_size(&self) -> usize;
    fn elem_align(&self) -> usize;
    /// Gives up the buffer (its new owner frees it), dropping the items not read when drop_remaining (else they
    /// were moved out).
    fn forget_allocation(&mut self, drop_remaining: bool);
}

impl<T, A: Allocator> InPlaceSource for IntoIter<T, A> {
    fn buf_addr(&self) -> *mut u8 { self.buf.as_ptr() as *mut u8 }
    fn ptr_addr(&self) -> *mut u8 { self.ptr.as_ptr() as *mut u8 }
    fn src_cap(&self) -> usize { self.cap }
    fn remaining(&self) -> usize { self.len() }
    fn elem_size(&self) -> usize { crate::intrinsics::size_of::<T>() }
    fn elem_align(&self) -> usize { crate::intrinsics::align_of::<T>() }
    fn forget_allocation(&mut self, drop_remaining: bool) {
        let remaining = self.as_mut_slice() as *mut [T];
        self.cap = 0;
        self.buf = NonNull::dangling();
        self.ptr = NonNull::dangling();
        self.end = NonNull::<T>::dangling().as_ptr() as *const T;
        if drop_remaining {
            unsafe { ptr::drop_in_place(remaining) };
        }
    }
}

impl<T, A: Allocator> DoubleEndedIterator for IntoIter<T, A> {
    fn next_back(&mut self) -> Option<T> {
        if crate::intrinsics::size_of::<T>() == 0 {
            if self.ptr.as_ptr() as *const T == self.end {
                return None;
            }
            self.end = (self.end as usize - 1) as *const T;
            return Some(unsafe { ptr::read(NonNull::<T>::dangling().as_ptr()) });
        }
        if self.ptr.as_ptr() as *const T == self.end {
            None
        } else {
            unsafe {
                self.end = self.end.sub(1);
                Some(ptr::read(self.end))
            }
        }
    }
}

impl<T, A: Allocator> ExactSizeIterator for IntoIter<T, A> {}
unsafe impl<T, A: Allocator> crate::iter::TrustedLen for IntoIter<T, A> {}

impl<T: Clone> Clone for IntoIter<T> {
    fn clone(&self) -> Self { self.as_slice().to_vec().into_iter() }
}

impl<T: crate::fmt::Debug, A: Allocator> crate::fmt::Debug for IntoIter<T, A> {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result { f.debug_tuple("IntoIter").field(&self.as_slice()).finish() }
}

impl<T, A: Allocator> Drop for IntoIter<T, A> {
    fn drop(&mut self) {
        unsafe {
            ptr::drop_in_place(self.as_mut_slice() as *mut [T]);
            // the RawVec frees the buffer
            let _ = super::RawVec::<T>::from_raw_parts(self.buf.as_ptr(), self.cap);
        }
    }
}
