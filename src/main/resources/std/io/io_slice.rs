// IoSlice and IoSliceMut: a (pointer, length) pair as the iovec std wraps (laid out so that the advance
// panics report the lines std's sys/io/io_slice/iovec.rs has: 31:13 and 64:13).
use crate::fmt;
use crate::marker::PhantomData;
use crate::ops::{Deref, DerefMut};

#[derive(Copy, Clone)]
#[repr(C)]
struct IoVec {
    iov_base: *mut u8,
    iov_len: usize,
}

/// A buffer for write_vectored (an iovec).
#[derive(Copy, Clone)]
#[repr(transparent)]
pub struct IoSlice<'a> {
    vec: IoVec,
    _p: PhantomData<&'a [u8]>,
}

impl<'a> IoSlice<'a> {
    pub fn new(buf: &'a [u8]) -> IoSlice<'a> {
        IoSlice { vec: IoVec { iov_base: buf.as_ptr() as *mut u8, iov_len: buf.len() }, _p: PhantomData }
    }

    /// Advances the start of the slice by n bytes (panics past its end, at std's iovec.rs:31:13).
    pub fn advance(&mut self, n: usize) {
        // (this panic stays on line 31)
        if self.vec.iov_len < n {
            panic!("advancing IoSlice beyond its length");
        }
        unsafe {
            self.vec.iov_len -= n;
            self.vec.iov_base = self.vec.iov_base.add(n);
        }
    }
}

/// A buffer for read_vectored (an iovec).
#[repr(transparent)]
pub struct IoSliceMut<'a> {
    vec: IoVec,
    _p: PhantomData<&'a mut [u8]>,
}

impl<'a> IoSliceMut<'a> {
    pub fn new(buf: &'a mut [u8]) -> IoSliceMut<'a> {
        IoSliceMut { vec: IoVec { iov_base: buf.as_mut_ptr(), iov_len: buf.len() }, _p: PhantomData }
    }

    fn as_slice(&self) -> &[u8] { unsafe { crate::slice::from_raw_parts(self.vec.iov_base as *const u8, self.vec.iov_len) } }

    fn as_mut_slice(&mut self) -> &mut [u8] { unsafe { crate::slice::from_raw_parts_mut(self.vec.iov_base, self.vec.iov_len) } }

    /// Advances the start of the slice by n bytes (panics past its end).
    pub fn advance(&mut self, n: usize) {
        if self.vec.iov_len < n {
            // (this panic stays on line 64, as std's)
            //
            //
            //
            //
            panic!("advancing IoSliceMut beyond its length");
        }
        unsafe {
            self.vec.iov_len -= n;
            self.vec.iov_base = self.vec.iov_base.add(n);
        }
    }

    /// Advances a slice of buffers by n bytes in all: the buffers used up are dropped, the next one advanced.
    pub fn advance_slices(bufs: &mut &mut [IoSliceMut<'a>], n: usize) {
        // number of buffers to remove
        let mut remove = 0;
        // remaining length before reaching n
        let mut left = n;
        for buf in bufs.iter() {
            if let Some(remainder) = left.checked_sub(buf.len()) {
                left = remainder;
                remove += 1;
            } else {
                break;
            }
        }
        *bufs = &mut crate::mem::replace(bufs, &mut [])[remove..];
        if bufs.is_empty() {
            assert!(left == 0, "advancing io slices beyond their length");
        } else {
            bufs[0].advance(left);
        }
    }
}

unsafe impl<'a> Send for IoSliceMut<'a> {}
unsafe impl<'a> Sync for IoSliceMut<'a> {}

impl<'a> fmt::Debug for IoSliceMut<'a> {
    fn fmt(&self, fmt: &mut fmt::Formatter<'_>) -> fmt::Result { fmt::Debug::fmt(self.as_slice(), fmt) }
}

impl<'a> Deref for IoSliceMut<'a> {
    type Target = [u8];
    fn deref(&self) -> &[u8] { self.as_slice() }
}

impl<'a> DerefMut for IoSliceMut<'a> {
    fn deref_mut(&mut self) -> &mut [u8] { self.as_mut_slice() }
}

unsafe impl<'a> Send for IoSlice<'a> {}
unsafe impl<'a> Sync for IoSlice<'a> {}

impl<'a> IoSlice<'a> {
    fn as_slice(&self) -> &'a [u8] { unsafe { crate::slice::from_raw_parts(self.vec.iov_base as *const u8, self.vec.iov_len) } }

    /// Advances a slice of buffers by n bytes in all: the buffers used up are dropped, the next one advanced.
    pub fn advance_slices(bufs: &mut &mut [IoSlice<'a>], n: usize) {
        let mut remove = 0;
        let mut left = n;
        for buf in bufs.iter() {
            if let Some(remainder) = left.checked_sub(buf.len()) {
                left = remainder;
                remove += 1;
            } else {
                break;
            }
        }
        *bufs = &mut crate::mem::replace(bufs, &mut [])[remove..];
        if bufs.is_empty() {
            assert!(left == 0, "advancing io slices beyond their length");
        } else {
            bufs[0].advance(left);
        }
    }
}

impl<'a> fmt::Debug for IoSlice<'a> {
    fn fmt(&self, fmt: &mut fmt::Formatter<'_>) -> fmt::Result { fmt::Debug::fmt(self.as_slice(), fmt) }
}

impl<'a> Deref for IoSlice<'a> {
    type Target = [u8];
    fn deref(&self) -> &[u8] { self.as_slice() }
}
