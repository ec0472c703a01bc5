// The slice iterators, on std's layouts: Iter and IterMut hold a pointer and an end pointer.
use crate::marker::PhantomData;
use crate::ptr::NonNull;

pub struct Iter<'a, T: 'a> {
    ptr: NonNull<T>,
    end_or_len: *const T,
    _marker: PhantomData<&'a T>,
}

impl<'a, T> Iter<'a, T> {
    pub(crate) fn new(slice: &'a [T]) -> Self {
        let len = slice.len();
        let ptr = NonNull::from_ref(slice).cast::<T>();
        let end_or_len = if crate::intrinsics::size_of::<T>() == 0 { len as *const T } else { unsafe { ptr.as_ptr().add(len) as *const T } };
        Iter { ptr, end_or_len, _marker: PhantomData }
    }
    pub fn as_slice(&self) -> &'a [T] { unsafe { super::from_raw_parts(self.ptr.as_ptr(), self.remaining()) } }
    fn remaining(&self) -> usize {
        if crate::intrinsics::size_of::<T>() == 0 {
            self.end_or_len as usize
        } else {
            unsafe { self.end_or_len.offset_from(self.ptr.as_ptr()) as usize }
        }
    }
}

impl<T> Clone for Iter<'_, T> {
    fn clone(&self) -> Self { Iter { ptr: self.ptr, end_or_len: self.end_or_len, _marker: PhantomData } }
}

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;
    fn next(&mut self) -> Option<&'a T> {
        if crate::intrinsics::size_of::<T>() == 0 {
            if self.end_or_len as usize == 0 {
                return None;
            }
            self.end_or_len = (self.end_or_len as usize - 1) as *const T;
            return Some(unsafe { &*self.ptr.as_ptr() });
        }
        if self.ptr.as_ptr() as *const T == self.end_or_len {
            None
        } else {
            let old = self.ptr;
            self.ptr = unsafe { self.ptr.add(1) };
            Some(unsafe { &*old.as_ptr() })
        }
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.remaining();
        (n, Some(n))
    }
    fn __trusted_len(&self) -> bool { true }
    fn count(self) -> usize { self.remaining() }
    fn nth(&mut self, n: usize) -> Option<&'a T> {
        if n >= self.remaining() {
            if crate::intrinsics::size_of::<T>() == 0 {
                self.end_or_len = 0 as *const T;
            } else {
                self.ptr = unsafe { NonNull::new_unchecked(self.end_or_len as *mut T) };
            }
            return None;
        }
        if crate::intrinsics::size_of::<T>() == 0 {
            self.end_or_len = (self.end_or_len as usize - n) as *const T;
        } else {
            self.ptr = unsafe { self.ptr.add(n) };
        }
        self.next()
    }
    fn last(mut self) -> Option<&'a T> { self.next_back() }
}

impl<'a, T> DoubleEndedIterator for Iter<'a, T> {
    fn next_back(&mut self) -> Option<&'a T> {
        if crate::intrinsics::size_of::<T>() == 0 {
            if self.end_or_len as usize == 0 {
                return None;
            }
            self.end_or_len = (self.end_or_len as usize - 1) as *const T;
            return Some(unsafe { &*self.ptr.as_ptr() });
        }
        if self.ptr.as_ptr() as *const T == self.end_or_len {
            None
        } else {
            self.end_or_len = unsafe { self.end_or_len.sub(1) };
            Some(unsafe { &*self.end_or_len })
        }
    }
}

impl<T> ExactSizeIterator for Iter<'_, T> {}
unsafe impl<T> crate::iter::TrustedLen for Iter<'_, T> {}
impl<T> crate::iter::FusedIterator for Iter<'_, T> {}

impl<T: crate::fmt::Debug> crate::fmt::Debug for Iter<'_, T> {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result { f.debug_tuple("Iter").field(&self.as_slice()).finish() }
}

pub struct IterMut<'a, T: 'a> {
    ptr: NonNull<T>,
    end_or_len: *mut T,
    _marker: PhantomData<&'a mut T>,
}

impl<'a, T> IterMut<'a, T> {
    pub(crate) fn new(slice: &'a mut [T]) -> Self {
        let len = slice.len();
        let ptr = NonNull::from_ref(&*slice).cast::<T>();
        let end_or_len = if crate::intrinsics::size_of::<T>() == 0 { len as *mut T } else { unsafe { ptr.as_ptr().add(len) } };
        IterMut { ptr, end_or_len, _marker: PhantomData }
    }
    fn remaining(&self) -> usize {
        if crate::intrinsics::size_of::<T>() == 0 {
            self.end_or_len as usize
        } else {
            unsafe { (self.end_or_len as *const T).offset_from(self.ptr.as_ptr()) as usize }
        }
    }
    pub fn into_slice(self) -> &'a mut [T] { unsafe { super::from_raw_parts_mut(self.ptr.as_ptr(), self.remaining()) } }
}

impl<'a, T> Iterator for IterMut<'a, T> {
    type Item = &'a mut T;
    fn next(&mut self) -> Option<&'a mut T> {
        if crate::intrinsics::size_of::<T>() == 0 {
            if self.end_or_len as usize == 0 {
                return None;
            }
            self.end_or_len = (self.end_or_len as usize - 1) as *mut T;
            return Some(unsafe { &mut *self.ptr.as_ptr() });
        }
        if self.ptr.as_ptr() == self.end_or_len {
            None
        } else {
            let old = self.ptr;
            self.ptr = unsafe { self.ptr.add(1) };
            Some(unsafe { &mut *old.as_ptr() })
        }
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.remaining();
        (n, Some(n))
    }
    fn __trusted_len(&self) -> bool { true }
}

impl<'a, T> DoubleEndedIterator for IterMut<'a, T> {
    fn next_back(&mut self) -> Option<&'a mut T> {
        if crate::intrinsics::size_of::<T>() == 0 {
            if self.end_or_len as usize == 0 {
                return None;
            }
            self.end_or_len = (self.end_or_len as usize - 1) as *mut T;
            return Some(unsafe { &mut *self.ptr.as_ptr() });
        }
        if self.ptr.as_ptr() == self.end_or_len {
            None
        } else {
            self.end_or_len = unsafe { self.end_or_len.sub(1) };
            Some(unsafe { &mut *self.end_or_len })
        }
    }
}

impl<T> ExactSizeIterator for IterMut<'_, T> {}
unsafe impl<T> crate::iter::TrustedLen for IterMut<'_, T> {}

#[derive(Debug)]
pub struct Windows<'a, T: 'a> {
    v: &'a [T],
    size: usize,
}

impl<'a, T> Windows<'a, T> {
    pub(crate) fn new(v: &'a [T], size: usize) -> Self { Windows { v, size } }
}

impl<T> Clone for Windows<'_, T> {
    fn clone(&self) -> Self { Windows { v: self.v, size: self.size } }
}

impl<'a, T> Iterator for Windows<'a, T> {
    type Item = &'a [T];
    fn next(&mut self) -> Option<&'a [T]> {
        if self.size > self.v.len() {
            None
        } else {
            let ret = &self.v[..self.size];
            self.v = &self.v[1..];
            Some(ret)
        }
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        if self.size > self.v.len() {
            (0, Some(0))
        } else {
            let size = self.v.len() - self.size + 1;
            (size, Some(size))
        }
    }
    fn __trusted_len(&self) -> bool { true }
}

impl<'a, T> DoubleEndedIterator for Windows<'a, T> {
    fn next_back(&mut self) -> Option<&'a [T]> {
        if self.size > self.v.len() {
            None
        } else {
            let ret = &self.v[self.v.len() - self.size..];
            self.v = &self.v[..self.v.len() - 1];
            Some(ret)
        }
    }
}

impl<T> ExactSizeIterator for Windows<'_, T> {}

#[derive(Debug)]
pub struct Chunks<'a, T: 'a> {
    v: &'a [T],
    chunk_size: usize,
}

impl<'a, T> Chunks<'a, T> {
    pub(crate) fn new(v: &'a [T], chunk_size: usize) -> Self { Chunks { v, chunk_size } }
}

impl<T> Clone for Chunks<'_, T> {
    fn clone(&self) -> Self { Chunks { v: self.v, chunk_size: self.chunk_size } }
}

impl<'a, T> Iterator for Chunks<'a, T> {
    type Item = &'a [T];
    fn next(&mut self) -> Option<&'a [T]> {
        if self.v.is_empty() {
            None
        } else {
            let chunksz = if self.v.len() < self.chunk_size { self.v.len() } else { self.chunk_size };
            let (fst, snd) = self.v.split_at(chunksz);
            self.v = snd;
            Some(fst)
        }
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        if self.v.is_empty() {
            (0, Some(0))
        } else {
            let n = self.v.len() / self.chunk_size;
            let rem = self.v.len() % self.chunk_size;
            let n = if rem > 0 { n + 1 } else { n };
            (n, Some(n))
        }
    }
    fn __trusted_len(&self) -> bool { true }
}

impl<'a, T> DoubleEndedIterator for Chunks<'a, T> {
    fn next_back(&mut self) -> Option<&'a [T]> {
        if self.v.is_empty() {
            None
        } else {
            let remainder = self.v.len() % self.chunk_size;
            let chunksz = if remainder != 0 { remainder } else { self.chunk_size };
            let (fst, snd) = self.v.split_at(self.v.len() - chunksz);
            self.v = fst;
            Some(snd)
        }
    }
}

impl<T> ExactSizeIterator for Chunks<'_, T> {}

#[derive(Debug)]
pub struct ChunksMut<'a, T: 'a> {
    v: *mut [T],
    chunk_size: usize,
    _marker: PhantomData<&'a mut T>,
}

impl<'a, T> ChunksMut<'a, T> {
    pub(crate) fn new(v: &'a mut [T], chunk_size: usize) -> Self { ChunksMut { v, chunk_size, _marker: PhantomData } }
}

impl<'a, T> Iterator for ChunksMut<'a, T> {
    type Item = &'a mut [T];
    fn next(&mut self) -> Option<&'a mut [T]> {
        let v = unsafe { &mut *self.v };
        if v.is_empty() {
            None
        } else {
            let sz = if v.len() < self.chunk_size { v.len() } else { self.chunk_size };
            let (head, tail) = v.split_at_mut(sz);
            self.v = tail;
            Some(head)
        }
    }
}

#[derive(Debug)]
pub struct ChunksExact<'a, T: 'a> {
    v: &'a [T],
    rem: &'a [T],
    chunk_size: usize,
}

impl<'a, T> ChunksExact<'a, T> {
    pub(crate) fn new(slice: &'a [T], chunk_size: usize) -> Self {
        let rem = slice.len() % chunk_size;
        let fst_len = slice.len() - rem;
        let (fst, snd) = slice.split_at(fst_len);
        ChunksExact { v: fst, rem: snd, chunk_size }
    }
    pub fn remainder(&self) -> &'a [T] { self.rem }
}

impl<'a, T> Iterator for ChunksExact<'a, T> {
    type Item = &'a [T];
    fn next(&mut self) -> Option<&'a [T]> {
        if self.v.len() < self.chunk_size {
            None
        } else {
            let (fst, snd) = self.v.split_at(self.chunk_size);
            self.v = snd;
            Some(fst)
        }
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.v.len() / self.chunk_size;
        (n, Some(n))
    }
}

#[derive(Debug)]
pub struct RChunks<'a, T: 'a> {
    v: &'a [T],
    chunk_size: usize,
}

impl<'a, T> RChunks<'a, T> {
    pub(crate) fn new(v: &'a [T], chunk_size: usize) -> Self { RChunks { v, chunk_size } }
}

impl<'a, T> Iterator for RChunks<'a, T> {
    type Item = &'a [T];
    fn next(&mut self) -> Option<&'a [T]> {
        if self.v.is_empty() {
            None
        } else {
            let len = self.v.len();
            let chunksz = if len < self.chunk_size { len } else { self.chunk_size };
            let (fst, snd) = self.v.split_at(len - chunksz);
            self.v = fst;
            Some(snd)
        }
    }
}

pub struct Split<'a, T: 'a, P: FnMut(&T) -> bool> {
    pub(super) v: &'a [T],
    pub(super) pred: P,
    pub(super) finished: bool,
}

impl<'a, T, P: FnMut(&T) -> bool> Split<'a, T, P> {
    pub(crate) fn new(v: &'a [T], pred: P) -> Self { Split { v, pred, finished: false } }
}

impl<'a, T, P: FnMut(&T) -> bool> Iterator for Split<'a, T, P> {
    type Item = &'a [T];
    fn next(&mut self) -> Option<&'a [T]> {
        if self.finished {
            return None;
        }
        match self.v.iter().position(|x| (self.pred)(x)) {
            None => {
                self.finished = true;
                Some(self.v)
            }
            Some(idx) => {
                let ret = &self.v[..idx];
                self.v = &self.v[idx + 1..];
                Some(ret)
            }
        }
    }
}

impl<'a, T, P: FnMut(&T) -> bool> DoubleEndedIterator for Split<'a, T, P> {
    fn next_back(&mut self) -> Option<&'a [T]> {
        if self.finished {
            return None;
        }
        match self.v.iter().rposition(|x| (self.pred)(x)) {
            None => self.finish(),
            Some(idx) => {
                let ret = &self.v[idx + 1..];
                self.v = &self.v[..idx];
                Some(ret)
            }
        }
    }
}

impl<'a, T, P: FnMut(&T) -> bool> Split<'a, T, P> {
    /// The rest as the last piece (std's SplitIter::finish), or None when it was given already.
    pub(super) fn finish(&mut self) -> Option<&'a [T]> {
        if self.finished {
            None
        } else {
            self.finished = true;
            Some(self.v)
        }
    }
}

impl<T: crate::fmt::Debug, P: FnMut(&T) -> bool> crate::fmt::Debug for Split<'_, T, P> {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        f.debug_struct("Split").field("v", &self.v).field("finished", &self.finished).finish()
    }
}
