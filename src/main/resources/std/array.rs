// Arrays (core::array): their trait impls, the by-value iterator IntoIter, from_fn, map and the
// conversions from slices.
use crate::borrow::{Borrow, BorrowMut};
use crate::cmp::Ordering;
use crate::convert::{AsMut, AsRef, TryFrom};
use crate::fmt;
use crate::iter::{DoubleEndedIterator, ExactSizeIterator, FusedIterator, IntoIterator, Iterator};
use crate::mem::{ManuallyDrop, MaybeUninit};
use crate::ops::{Index, IndexMut};
use crate::ptr;

/// Creates an array whose element i is `cb(i)`, in order of i.
pub fn from_fn<T, const N: usize, F: FnMut(usize) -> T>(mut cb: F) -> [T; N] {
    let mut out: MaybeUninit<[T; N]> = MaybeUninit::uninit();
    let p = out.as_mut_ptr() as *mut T;
    let mut guard = Guard { array: p, initialized: 0 };
    while guard.initialized < N {
        let v = cb(guard.initialized);
        unsafe { ptr::write(p.add(guard.initialized), v) };
        guard.initialized += 1;
    }
    crate::mem::forget(guard);
    unsafe { out.assume_init() }
}

/// Drops the elements written so far when a callback panics (core::array's Guard).
struct Guard<T> {
    array: *mut T,
    initialized: usize,
}

impl<T> Drop for Guard<T> {
    fn drop(&mut self) {
        unsafe { ptr::drop_in_place(crate::intrinsics::slice_from_raw_parts_mut(self.array, self.initialized)) }
    }
}

/// Converts a reference to T into a reference to an array of length 1.
pub const fn from_ref<T>(s: &T) -> &[T; 1] { unsafe { &*(s as *const T as *const [T; 1]) } }
pub fn from_mut<T>(s: &mut T) -> &mut [T; 1] { unsafe { &mut *(s as *mut T as *mut [T; 1]) } }

/// The error of converting a slice of the wrong length to an array.
#[derive(Debug, Copy, Clone)]
pub struct TryFromSliceError(());

impl fmt::Display for TryFromSliceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { fmt::Display::fmt("could not convert slice to array", f) }
}

impl crate::error::Error for TryFromSliceError {}

impl From<crate::convert::Infallible> for TryFromSliceError {
    fn from(x: crate::convert::Infallible) -> TryFromSliceError { match x {} }
}

impl<T, const N: usize> [T; N] {
    pub fn map<F: FnMut(T) -> U, U>(self, mut f: F) -> [U; N] {
        let mut it = IntoIterator::into_iter(self);
        from_fn(|_| f(unsafe { it.next().unwrap_unchecked() }))
    }
    pub const fn as_slice(&self) -> &[T] { self }
    pub fn as_mut_slice(&mut self) -> &mut [T] { self }
    pub fn each_ref(&self) -> [&T; N] {
        let mut i = 0;
        from_fn(|_| { let r = &self[i]; i += 1; r })
    }
    pub fn each_mut(&mut self) -> [&mut T; N] {
        let p = self.as_mut_ptr();
        from_fn(|i| unsafe { &mut *p.add(i) })
    }
}

// ------------------------------------------------------------------ conversions

impl<T: Copy, const N: usize> TryFrom<&[T]> for [T; N] {
    type Error = TryFromSliceError;
    fn try_from(slice: &[T]) -> Result<[T; N], TryFromSliceError> {
        <&Self>::try_from(slice).copied()
    }
}

impl<T: Copy, const N: usize> TryFrom<&mut [T]> for [T; N] {
    type Error = TryFromSliceError;
    fn try_from(slice: &mut [T]) -> Result<[T; N], TryFromSliceError> {
        <&Self>::try_from(&*slice).copied()
    }
}

impl<'a, T, const N: usize> TryFrom<&'a [T]> for &'a [T; N] {
    type Error = TryFromSliceError;
    fn try_from(slice: &'a [T]) -> Result<&'a [T; N], TryFromSliceError> {
        if slice.len() == N { Ok(unsafe { &*(slice.as_ptr() as *const [T; N]) }) } else { Err(TryFromSliceError(())) }
    }
}

impl<'a, T, const N: usize> TryFrom<&'a mut [T]> for &'a mut [T; N] {
    type Error = TryFromSliceError;
    fn try_from(slice: &'a mut [T]) -> Result<&'a mut [T; N], TryFromSliceError> {
        if slice.len() == N { Ok(unsafe { &mut *(slice.as_mut_ptr() as *mut [T; N]) }) } else { Err(TryFromSliceError(())) }
    }
}

impl<T, const N: usize> AsRef<[T]> for [T; N] {
    fn as_ref(&self) -> &[T] { &self[..] }
}
impl<T, const N: usize> AsMut<[T]> for [T; N] {
    fn as_mut(&mut self) -> &mut [T] { &mut self[..] }
}
impl<T, const N: usize> Borrow<[T]> for [T; N] {
    fn borrow(&self) -> &[T] { self }
}
impl<T, const N: usize> BorrowMut<[T]> for [T; N] {
    fn borrow_mut(&mut self) -> &mut [T] { self }
}

// ------------------------------------------------------------------ the traits


unsafe impl<T: crate::clone::TrivialClone, const N: usize> crate::clone::TrivialClone for [T; N] {}

impl<T: Clone, const N: usize> Clone for [T; N] {
    fn clone(&self) -> Self {
        let mut out: crate::mem::MaybeUninit<[T; N]> = crate::mem::MaybeUninit::uninit();
        let p = out.as_mut_ptr() as *mut T;
        let mut i = 0;
        while i < N {
            unsafe { crate::ptr::write(p.add(i), self[i].clone()) };
            i = i + 1;
        }
        unsafe { out.assume_init() }
    }
}
impl<T: Copy, const N: usize> Copy for [T; N] {}

// as std: Default for lengths 0 to 32 ([T; 0] for any T)
impl<T> Default for [T; 0] {
    fn default() -> [T; 0] { [] }
}
macro_rules! array_default {
    ($($n:literal)*) => {
        $(impl<T: Default> Default for [T; $n] {
            fn default() -> [T; $n] { from_fn(|_| T::default()) }
        })*
    };
}
array_default! { 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 }

impl<A: PartialEq<B>, B, const N: usize> PartialEq<[B; N]> for [A; N] {
    fn eq(&self, other: &[B; N]) -> bool { self[..] == other[..] }
}
impl<A: PartialEq<B>, B, const N: usize> PartialEq<[B]> for [A; N] {
    fn eq(&self, other: &[B]) -> bool { self[..] == other[..] }
}
impl<A: PartialEq<B>, B, const N: usize> PartialEq<[B; N]> for [A] {
    fn eq(&self, other: &[B; N]) -> bool { self[..] == other[..] }
}
impl<A: PartialEq<B>, B, const N: usize> PartialEq<&[B]> for [A; N] {
    fn eq(&self, other: &&[B]) -> bool { self[..] == other[..] }
}
impl<A: PartialEq<B>, B, const N: usize> PartialEq<[B; N]> for &[A] {
    fn eq(&self, other: &[B; N]) -> bool { self[..] == other[..] }
}
impl<A: PartialEq<B>, B, const N: usize> PartialEq<&mut [B]> for [A; N] {
    fn eq(&self, other: &&mut [B]) -> bool { self[..] == other[..] }
}
impl<A: PartialEq<B>, B, const N: usize> PartialEq<[B; N]> for &mut [A] {
    fn eq(&self, other: &[B; N]) -> bool { self[..] == other[..] }
}
impl<T: Eq, const N: usize> Eq for [T; N] {}
impl<T: PartialOrd, const N: usize> PartialOrd for [T; N] {
    fn partial_cmp(&self, other: &[T; N]) -> Option<Ordering> { PartialOrd::partial_cmp(&&self[..], &&other[..]) }
}
impl<T: Ord, const N: usize> Ord for [T; N] {
    fn cmp(&self, other: &[T; N]) -> Ordering { Ord::cmp(&&self[..], &&other[..]) }
}
impl<T: crate::hash::Hash, const N: usize> crate::hash::Hash for [T; N] {
    fn hash<H: crate::hash::Hasher>(&self, state: &mut H) { crate::hash::Hash::hash(&self[..], state) }
}

impl<T, I, const N: usize> Index<I> for [T; N] where [T]: Index<I> {
    type Output = <[T] as Index<I>>::Output;
    #[track_caller]
    fn index(&self, index: I) -> &Self::Output { Index::index(self as &[T], index) }
}
impl<T, I, const N: usize> IndexMut<I> for [T; N] where [T]: IndexMut<I> {
    #[track_caller]
    fn index_mut(&mut self, index: I) -> &mut Self::Output { IndexMut::index_mut(self as &mut [T], index) }
}


// ------------------------------------------------------------------ iteration

impl<'a, T, const N: usize> IntoIterator for &'a [T; N] {
    type Item = &'a T;
    type IntoIter = crate::slice::Iter<'a, T>;
    fn into_iter(self) -> crate::slice::Iter<'a, T> { self.iter() }
}

impl<'a, T, const N: usize> IntoIterator for &'a mut [T; N] {
    type Item = &'a mut T;
    type IntoIter = crate::slice::IterMut<'a, T>;
    fn into_iter(self) -> crate::slice::IterMut<'a, T> { self.iter_mut() }
}

impl<T, const N: usize> IntoIterator for [T; N] {
    type Item = T;
    type IntoIter = IntoIter<T, N>;
    fn into_iter(self) -> IntoIter<T, N> {
        let data: [MaybeUninit<T>; N] = unsafe { crate::intrinsics::transmute_unchecked(self) };
        IntoIter { inner: ManuallyDrop::new(PolymorphicIter { alive: IndexRange { start: 0, end: N }, data }) }
    }
}

/// The indices of the elements not yet yielded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct IndexRange {
    start: usize,
    end: usize,
}

/// core's PolymorphicIter: the alive range, then the elements.
struct PolymorphicIter<D> {
    alive: IndexRange,
    data: D,
}

/// A by-value array iterator.
#[def_path = "core::array::iter"]
pub struct IntoIter<T, const N: usize> {
    inner: ManuallyDrop<PolymorphicIter<[MaybeUninit<T>; N]>>,
}

impl<T, const N: usize> IntoIter<T, N> {
    pub const fn empty() -> Self {
        IntoIter { inner: ManuallyDrop::new(PolymorphicIter { alive: IndexRange { start: 0, end: 0 }, data: unsafe { MaybeUninit::uninit().assume_init() } }) }
    }
    pub fn as_slice(&self) -> &[T] {
        let alive = self.inner.alive;
        unsafe { &*crate::intrinsics::slice_from_raw_parts((self.inner.data.as_ptr() as *const T).add(alive.start), alive.end - alive.start) }
    }
    pub fn as_mut_slice(&mut self) -> &mut [T] {
        let alive = self.inner.alive;
        unsafe { &mut *crate::intrinsics::slice_from_raw_parts_mut((self.inner.data.as_mut_ptr() as *mut T).add(alive.start), alive.end - alive.start) }
    }
}

impl<T, const N: usize> Iterator for IntoIter<T, N> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        let alive = self.inner.alive;
        if alive.start == alive.end {
            return None;
        }
        self.inner.alive.start = alive.start + 1;
        Some(unsafe { self.inner.data[alive.start].assume_init_read() })
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        let len = self.inner.alive.end - self.inner.alive.start;
        (len, Some(len))
    }
    fn count(self) -> usize { self.len() }
    fn last(mut self) -> Option<T> { self.next_back() }
    fn __trusted_len(&self) -> bool { true }
}

impl<T, const N: usize> DoubleEndedIterator for IntoIter<T, N> {
    fn next_back(&mut self) -> Option<T> {
        let alive = self.inner.alive;
        if alive.start == alive.end {
            return None;
        }
        self.inner.alive.end = alive.end - 1;
        Some(unsafe { self.inner.data[alive.end - 1].assume_init_read() })
    }
}

impl<T, const N: usize> ExactSizeIterator for IntoIter<T, N> {
    fn len(&self) -> usize { self.inner.alive.end - self.inner.alive.start }
}
impl<T, const N: usize> FusedIterator for IntoIter<T, N> {}
unsafe impl<T, const N: usize> crate::iter::TrustedLen for IntoIter<T, N> {}

impl<T, const N: usize> Drop for IntoIter<T, N> {
    fn drop(&mut self) {
        unsafe { ptr::drop_in_place(self.as_mut_slice() as *mut [T]) }
    }
}

impl<T: Clone, const N: usize> Clone for IntoIter<T, N> {
    fn clone(&self) -> Self {
        let mut new = Self::empty();
        for (i, x) in self.as_slice().iter().enumerate() {
            new.inner.data[i] = MaybeUninit::new(x.clone());
            new.inner.alive.end = i + 1;
        }
        new
    }
}

impl<T: fmt::Debug, const N: usize> fmt::Debug for IntoIter<T, N> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.debug_tuple("IntoIter").field(&self.as_slice()).finish() }
}
