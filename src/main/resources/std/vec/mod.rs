// Vec<T>: a RawVec and a length (alloc::vec), with std's methods, iterators (into_iter.rs) and trait impls.
use crate::alloc::{Allocator, Global};
use crate::cmp::Ordering;
use crate::fmt;
use crate::ops::{self, Deref, DerefMut, Index, IndexMut};
use crate::ptr;
use crate::slice::SliceIndex;

mod raw_vec;
mod into_iter;
mod drain;
mod splice;
mod extract_if;
mod is_zero;
pub(crate) use raw_vec::RawVec;
pub use into_iter::IntoIter;
pub use into_iter::InPlaceSource;
pub use drain::Drain;
pub use splice::Splice;
pub use extract_if::ExtractIf;

#[lang = "Vec"]
pub struct Vec<T, A: Allocator = Global> {
    buf: RawVec<T, A>,
    len: usize,
}

impl<T> Vec<T> {
    pub const fn new() -> Vec<T> { Vec { buf: RawVec::new(), len: 0 } }
    #[track_caller]
    pub fn with_capacity(capacity: usize) -> Vec<T> { Vec { buf: RawVec::with_capacity(capacity), len: 0 } }
    pub unsafe fn from_raw_parts(ptr: *mut T, length: usize, capacity: usize) -> Vec<T> {
        if length > capacity {
            crate::panicking::precondition_violated(format_args!("Vec::from_raw_parts_in requires that length <= capacity"));
        }
        unsafe { Vec { buf: RawVec::from_raw_parts(ptr, capacity), len: length } }
    }
    pub fn into_raw_parts(self) -> (*mut T, usize, usize) {
        let me = crate::mem::ManuallyDrop::new(self);
        (me.buf.ptr(), me.len, me.buf.capacity())
    }
}

impl<T, A: Allocator> Vec<T, A> {
    pub const fn capacity(&self) -> usize { self.buf.capacity() }
    #[track_caller]
    pub fn reserve(&mut self, additional: usize) { self.buf.reserve(self.len, additional) }
    #[track_caller]
    pub fn reserve_exact(&mut self, additional: usize) { self.buf.reserve_exact(self.len, additional) }
    pub fn try_reserve(&mut self, additional: usize) -> Result<(), crate::collections::TryReserveError> {
        self.buf.try_reserve(self.len, additional, false)
    }
    pub fn try_reserve_exact(&mut self, additional: usize) -> Result<(), crate::collections::TryReserveError> {
        self.buf.try_reserve(self.len, additional, true)
    }
    pub fn shrink_to_fit(&mut self) {
        if self.capacity() > self.len {
            self.buf.shrink_to_fit(self.len);
        }
    }
    pub fn shrink_to(&mut self, min_capacity: usize) {
        if self.capacity() > min_capacity {
            let cap = if self.len > min_capacity { self.len } else { min_capacity };
            self.buf.shrink_to_fit(cap);
        }
    }
    pub fn into_boxed_slice(mut self) -> crate::boxed::Box<[T]> {
        self.shrink_to_fit();
        let me = crate::mem::ManuallyDrop::new(self);
        unsafe { crate::boxed::Box::from_raw(ptr::slice_from_raw_parts_mut(me.buf.ptr(), me.len)) }
    }
    pub fn truncate(&mut self, len: usize) {
        if len > self.len {
            return;
        }
        let remaining = self.len - len;
        unsafe {
            let s = ptr::slice_from_raw_parts_mut(self.as_mut_ptr().add(len), remaining);
            self.len = len;
            ptr::drop_in_place(s);
        }
    }
    pub const fn as_slice(&self) -> &[T] { unsafe { crate::slice::from_raw_parts(self.as_ptr(), self.len) } }
    pub fn as_mut_slice(&mut self) -> &mut [T] { unsafe { crate::slice::from_raw_parts_mut(self.as_mut_ptr(), self.len) } }
    pub const fn as_ptr(&self) -> *const T { self.buf.ptr() as *const T }
    pub fn as_mut_ptr(&mut self) -> *mut T { self.buf.ptr() }
    pub unsafe fn set_len(&mut self, new_len: usize) {
        if new_len > self.capacity() {
            crate::panicking::precondition_violated(format_args!("Vec::set_len requires that new_len <= capacity()"));
        }
        self.len = new_len;
    }

    pub fn swap_remove(&mut self, index: usize) -> T {
        let len = self.len;
        if index >= len {
            std_panic!("alloc/src/vec/mod.rs", 2202, 13, "swap_remove index (is {index}) should be < len (is {len})");
        }
        unsafe {
            let value = ptr::read(self.as_ptr().add(index));
            let base_ptr = self.as_mut_ptr();
            ptr::copy(base_ptr.add(len - 1), base_ptr.add(index), 1);
            self.set_len(len - 1);
            value
        }
    }

    #[track_caller]
    pub fn insert(&mut self, index: usize, element: T) {
        let len = self.len;
        if index > len {
            panic!("insertion index (is {index}) should be <= len (is {len})");
        }
        if len == self.buf.capacity() {
            self.buf.grow_one();
        }
        unsafe {
            let p = self.as_mut_ptr().add(index);
            if index < len {
                ptr::copy(p, p.add(1), len - index);
            }
            ptr::write(p, element);
            self.set_len(len + 1);
        }
    }

    #[track_caller]
    pub fn remove(&mut self, index: usize) -> T {
        let len = self.len;
        if index >= len {
            panic!("removal index (is {index}) should be < len (is {len})");
        }
        unsafe {
            let p = self.as_mut_ptr().add(index);
            let ret = ptr::read(p);
            ptr::copy(p.add(1), p, len - index - 1);
            self.set_len(len - 1);
            ret
        }
    }

    pub fn retain<F: FnMut(&T) -> bool>(&mut self, mut f: F) { self.retain_mut(|elem| f(elem)); }

    pub fn retain_mut<F: FnMut(&mut T) -> bool>(&mut self, mut f: F) {
        let original_len = self.len;
        if original_len == 0 {
            return;
        }
        unsafe { self.set_len(0) };
        let mut processed = 0usize;
        let mut deleted = 0usize;
        let p = self.as_mut_ptr();
        while processed < original_len {
            let cur = unsafe { &mut *p.add(processed) };
            if !f(cur) {
                processed = processed + 1;
                deleted = deleted + 1;
                unsafe { ptr::drop_in_place(cur) };
            } else {
                if deleted > 0 {
                    unsafe { ptr::copy_nonoverlapping(cur, p.add(processed - deleted), 1) };
                }
                processed = processed + 1;
            }
        }
        unsafe { self.set_len(original_len - deleted) };
    }

    pub fn dedup_by_key<F: FnMut(&mut T) -> K, K: PartialEq>(&mut self, mut key: F) { self.dedup_by(|a, b| key(a) == key(b)) }

    pub fn dedup_by<F: FnMut(&mut T, &mut T) -> bool>(&mut self, mut same_bucket: F) {
        let len = self.len;
        if len <= 1 {
            return;
        }
        let p = self.as_mut_ptr();
        let mut write = 1usize;
        let mut read = 1usize;
        unsafe {
            while read < len {
                let read_ptr = p.add(read);
                let prev_ptr = p.add(write - 1);
                if same_bucket(&mut *read_ptr, &mut *prev_ptr) {
                    ptr::drop_in_place(read_ptr);
                } else {
                    let write_ptr = p.add(write);
                    ptr::copy(read_ptr, write_ptr, 1);
                    write = write + 1;
                }
                read = read + 1;
            }
            self.set_len(write);
        }
    }

    #[track_caller]
    pub fn push(&mut self, value: T) {
        let len = self.len;
        if len == self.buf.capacity() {
            self.buf.grow_one();
        }
        unsafe {
            let end = self.as_mut_ptr().add(len);
            ptr::write(end, value);
            self.len = len + 1;
        }
    }

    #[track_caller]
    pub fn push_mut(&mut self, value: T) -> &mut T {
        let len = self.len;
        if len == self.buf.capacity() {
            self.buf.grow_one();
        }
        unsafe {
            let end = self.as_mut_ptr().add(len);
            ptr::write(end, value);
            self.len = len + 1;
            &mut *end
        }
    }

    #[track_caller]
    pub fn insert_mut(&mut self, index: usize, element: T) -> &mut T {
        let len = self.len;
        if index > len {
            panic!("insertion index (is {index}) should be <= len (is {len})");
        }
        if len == self.buf.capacity() {
            self.buf.grow_one();
        }
        unsafe {
            let p = self.as_mut_ptr().add(index);
            if index < len {
                ptr::copy(p, p.add(1), len - index);
            }
            ptr::write(p, element);
            self.set_len(len + 1);
            &mut *p
        }
    }

    #[track_caller]
    pub fn splice<R, I>(&mut self, range: R, replace_with: I) -> Splice<'_, I::IntoIter, A>
    where
        R: ops::RangeBounds<usize>,
        I: IntoIterator<Item = T>,
    {
        Splice { drain: self.drain(range), replace_with: replace_with.into_iter() }
    }

    #[track_caller]
    pub fn extract_if<F, R>(&mut self, range: R, filter: F) -> ExtractIf<'_, T, F, A>
    where
        F: FnMut(&mut T) -> bool,
        R: ops::RangeBounds<usize>,
    {
        ExtractIf::new(self, filter, range)
    }

    pub fn pop(&mut self) -> Option<T> {
        if self.len == 0 {
            None
        } else {
            unsafe {
                self.len = self.len - 1;
                Some(ptr::read(self.as_ptr().add(self.len)))
            }
        }
    }

    pub fn pop_if(&mut self, predicate: impl FnOnce(&mut T) -> bool) -> Option<T> {
        let last = self.last_mut()?;
        if predicate(last) { self.pop() } else { None }
    }

    #[track_caller]
    pub fn append(&mut self, other: &mut Self) {
        let count = other.len;
        self.reserve(count);
        let len = self.len;
        unsafe {
            ptr::copy_nonoverlapping(other.as_ptr(), self.as_mut_ptr().add(len), count);
            self.len = len + count;
            other.set_len(0);
        }
    }

    #[track_caller]
    pub fn drain<R: ops::RangeBounds<usize>>(&mut self, range: R) -> Drain<'_, T, A> {
        let len = self.len;
        let ops::Range { start, end } = ops::to_range(range, len);
        unsafe {
            self.set_len(start);
            let range_slice = crate::slice::from_raw_parts(self.as_ptr().add(start), end - start);
            Drain::new(range_slice.iter(), ptr::NonNull::from_ref(&*self), end, len - end)
        }
    }

    pub fn clear(&mut self) {
        let elems: *mut [T] = self.as_mut_slice();
        unsafe {
            self.len = 0;
            ptr::drop_in_place(elems);
        }
    }

    pub const fn len(&self) -> usize { self.len }
    pub const fn is_empty(&self) -> bool { self.len == 0 }

    #[track_caller]
    pub fn split_off(&mut self, at: usize) -> Vec<T> where A: Clone {
        if at > self.len() {
            panic!("`at` split index (is {at}) should be <= len (is {})", self.len());
        }
        let other_len = self.len - at;
        let mut other = Vec::with_capacity(other_len);
        unsafe {
            self.set_len(at);
            other.set_len(other_len);
            ptr::copy_nonoverlapping(self.as_ptr().add(at), other.as_mut_ptr(), other.len());
        }
        other
    }

    pub fn resize_with<F: FnMut() -> T>(&mut self, new_len: usize, mut f: F) {
        let len = self.len();
        if new_len > len {
            self.reserve(new_len - len);
            let mut i = len;
            while i < new_len {
                unsafe { ptr::write(self.as_mut_ptr().add(i), f()) };
                i = i + 1;
                self.len = i;
            }
        } else {
            self.truncate(new_len);
        }
    }

    pub fn leak<'a>(self) -> &'a mut [T] where A: 'a {
        let mut me = crate::mem::ManuallyDrop::new(self);
        unsafe { crate::slice::from_raw_parts_mut(me.as_mut_ptr(), me.len) }
    }

    /// The elements after the length, within the capacity.
    pub fn spare_capacity_mut(&mut self) -> &mut [crate::mem::MaybeUninit<T>] {
        unsafe {
            crate::slice::from_raw_parts_mut(self.as_mut_ptr().add(self.len) as *mut crate::mem::MaybeUninit<T>, self.buf.capacity() - self.len)
        }
    }

    /// Pushes everything iterator yields: the reservation as std's extend_desugared (or extend_trusted) makes it.
    #[track_caller]
    fn extend_desugared<I: Iterator<Item = T>>(&mut self, mut iterator: I) {
        if iterator.__trusted_len() {
            let (_, high) = iterator.size_hint();
            match high {
                Some(additional) => self.reserve(additional),
                None => raw_vec::capacity_overflow(),
            }
            while let Some(element) = iterator.next() {
                let len = self.len;
                unsafe { ptr::write(self.as_mut_ptr().add(len), element) };
                self.len = len + 1;
            }
            return;
        }
        while let Some(element) = iterator.next() {
            let len = self.len;
            if len == self.capacity() {
                let (lower, _) = iterator.size_hint();
                self.reserve(lower.saturating_add(1));
            }
            unsafe {
                ptr::write(self.as_mut_ptr().add(len), element);
                self.len = len + 1;
            }
        }
    }
}

impl<T: Clone, A: Allocator> Vec<T, A> {
    #[track_caller]
    pub fn resize(&mut self, new_len: usize, value: T) {
        let len = self.len();
        if new_len > len { self.extend_with(new_len - len, value) } else { self.truncate(new_len) }
    }

    #[track_caller]
    pub fn extend_from_slice(&mut self, other: &[T]) {
        self.reserve(other.len());
        // std's SpecExtend for slice iterators: elements whose clone is a copy are appended at once
        if crate::intrinsics::implements::<T, dyn crate::clone::TrivialClone>() {
            unsafe { ptr::copy_nonoverlapping(other.as_ptr(), self.as_mut_ptr().add(self.len), other.len()) };
            self.len += other.len();
            return;
        }
        for x in other.iter() {
            let len = self.len;
            unsafe { ptr::write(self.as_mut_ptr().add(len), x.clone()) };
            self.len = len + 1;
        }
    }

    #[track_caller]
    pub fn extend_from_within<R: ops::RangeBounds<usize>>(&mut self, src: R) {
        let ops::Range { start, end } = ops::to_range(src, self.len());
        self.reserve(end - start);
        let mut i = start;
        while i < end {
            let x = unsafe { (*self.as_ptr().add(i)).clone() };
            let len = self.len;
            unsafe { ptr::write(self.as_mut_ptr().add(len), x) };
            self.len = len + 1;
            i = i + 1;
        }
    }

    /// n copies of value at the end: n - 1 clones, then value itself.
    #[track_caller]
    fn extend_with(&mut self, n: usize, value: T) {
        self.reserve(n);
        if crate::intrinsics::implements::<T, dyn crate::clone::TrivialClone>() && n > 0 {
            // the same bytes as the clones below: the value written once, then what is written copied after itself
            unsafe {
                let start = self.as_mut_ptr().add(self.len);
                ptr::write(start, value);
                let mut done = 1;
                while done < n {
                    let k = if done < n - done { done } else { n - done };
                    ptr::copy_nonoverlapping(start, start.add(done), k);
                    done = done + k;
                }
            }
            self.len = self.len + n;
            return;
        }
        unsafe {
            let mut p = self.as_mut_ptr().add(self.len());
            let mut local_len = self.len;
            let mut i = 1;
            while i < n {
                ptr::write(p, value.clone());
                p = p.add(1);
                local_len = local_len + 1;
                i = i + 1;
            }
            if n > 0 {
                ptr::write(p, value);
                local_len = local_len + 1;
            } else {
                crate::mem::drop(value);
            }
            self.len = local_len;
        }
    }
}

impl<T, const N: usize> Vec<[T; N]> {
    pub fn into_flattened(self) -> Vec<T> {
        let (ptr, len, cap) = unsafe { self.take_raw() };
        let (new_len, new_cap) = if crate::intrinsics::size_of::<T>() == 0 {
            (len.checked_mul(N).expect("vec len overflow"), usize::MAX)
        } else {
            (len * N, cap * N)
        };
        unsafe { Vec::<T>::from_raw_parts(ptr as *mut T, new_len, new_cap) }
    }
}

impl<T: PartialEq, A: Allocator> Vec<T, A> {
    pub fn dedup(&mut self) { self.dedup_by(|a, b| a == b) }
}

/// vec![elem; n], as std's SpecFromElem impls make it: an element whose bytes are all zeros (IsZero) takes a zeroed
/// block (calloc: its pages are the kernel's zeros, untouched), a u8 or i8 fills the buffer (memset); any other is
/// cloned n - 1 times into a buffer of n, then moved in itself.
#[track_caller]
pub fn from_elem<T: Clone>(elem: T, n: usize) -> Vec<T> {
    if let Some(z) = is_zero::as_is_zero(&elem) {
        if z.is_zero() {
            return Vec { buf: RawVec::with_capacity_zeroed(n), len: n };
        }
    }
    let mut v: Vec<T> = Vec::with_capacity(n);
    let t = crate::intrinsics::type_id::<T>();
    if t == crate::intrinsics::type_id::<u8>() || t == crate::intrinsics::type_id::<i8>() {
        unsafe {
            ptr::write_bytes(v.as_mut_ptr() as *mut u8, *(&elem as *const T as *const u8), n);
            v.set_len(n);
        }
        return v;
    }
    v.extend_with(n, elem);
    v
}

impl<T, A: Allocator> Drop for Vec<T, A> {
    fn drop(&mut self) {
        unsafe { ptr::drop_in_place(ptr::slice_from_raw_parts_mut(self.as_mut_ptr(), self.len)) }
        // RawVec frees the buffer
    }
}

impl<T, A: Allocator> Deref for Vec<T, A> {
    type Target = [T];
    fn deref(&self) -> &[T] { self.as_slice() }
}

impl<T, A: Allocator> DerefMut for Vec<T, A> {
    fn deref_mut(&mut self) -> &mut [T] { self.as_mut_slice() }
}

impl<T, I: SliceIndex<[T]>, A: Allocator> Index<I> for Vec<T, A> {
    type Output = I::Output;
    #[track_caller]
    fn index(&self, index: I) -> &Self::Output { Index::index(&**self, index) }
}

impl<T, I: SliceIndex<[T]>, A: Allocator> IndexMut<I> for Vec<T, A> {
    #[track_caller]
    fn index_mut(&mut self, index: I) -> &mut Self::Output { IndexMut::index_mut(&mut **self, index) }
}

impl<T: Clone> Clone for Vec<T> {
    #[track_caller]
    fn clone(&self) -> Self { self.as_slice().to_vec() }
}

impl<T> Default for Vec<T> {
    fn default() -> Vec<T> { Vec::new() }
}

impl<T: fmt::Debug, A: Allocator> fmt::Debug for Vec<T, A> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { fmt::Debug::fmt(&**self, f) }
}

impl<T: crate::hash::Hash, A: Allocator> crate::hash::Hash for Vec<T, A> {
    fn hash<H: crate::hash::Hasher>(&self, state: &mut H) { crate::hash::Hash::hash(&**self, state) }
}

impl<T, U, A1: Allocator, A2: Allocator> PartialEq<Vec<U, A2>> for Vec<T, A1> where T: PartialEq<U> {
    fn eq(&self, other: &Vec<U, A2>) -> bool { self[..] == other[..] }
}
impl<T, U, A: Allocator> PartialEq<&[U]> for Vec<T, A> where T: PartialEq<U> {
    fn eq(&self, other: &&[U]) -> bool { self[..] == other[..] }
}
impl<T, U, A: Allocator> PartialEq<&mut [U]> for Vec<T, A> where T: PartialEq<U> {
    fn eq(&self, other: &&mut [U]) -> bool { self[..] == other[..] }
}
impl<T, U, A: Allocator> PartialEq<[U]> for Vec<T, A> where T: PartialEq<U> {
    fn eq(&self, other: &[U]) -> bool { self[..] == other[..] }
}
impl<T, U, A: Allocator, const N: usize> PartialEq<[U; N]> for Vec<T, A> where T: PartialEq<U> {
    fn eq(&self, other: &[U; N]) -> bool { self[..] == other[..] }
}
impl<T, U, A: Allocator, const N: usize> PartialEq<&[U; N]> for Vec<T, A> where T: PartialEq<U> {
    fn eq(&self, other: &&[U; N]) -> bool { self[..] == other[..] }
}
impl<T, U, A: Allocator> PartialEq<Vec<U, A>> for &[T] where T: PartialEq<U> {
    fn eq(&self, other: &Vec<U, A>) -> bool { self[..] == other[..] }
}
impl<T, U, A: Allocator> PartialEq<Vec<U, A>> for [T] where T: PartialEq<U> {
    fn eq(&self, other: &Vec<U, A>) -> bool { self[..] == other[..] }
}
impl<T: Eq, A: Allocator> Eq for Vec<T, A> {}
impl<T: PartialOrd, A: Allocator> PartialOrd for Vec<T, A> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> { PartialOrd::partial_cmp(&**self, &**other) }
}
impl<T: Ord, A: Allocator> Ord for Vec<T, A> {
    fn cmp(&self, other: &Self) -> Ordering { Ord::cmp(&**self, &**other) }
}

impl<T, A: Allocator> AsRef<[T]> for Vec<T, A> {
    fn as_ref(&self) -> &[T] { self }
}
impl<T, A: Allocator> AsMut<[T]> for Vec<T, A> {
    fn as_mut(&mut self) -> &mut [T] { self }
}
impl<T, A: Allocator> AsRef<Vec<T, A>> for Vec<T, A> {
    fn as_ref(&self) -> &Vec<T, A> { self }
}
impl<T, A: Allocator> crate::borrow::Borrow<[T]> for Vec<T, A> {
    fn borrow(&self) -> &[T] { &self[..] }
}
impl<T, A: Allocator> crate::borrow::BorrowMut<[T]> for Vec<T, A> {
    fn borrow_mut(&mut self) -> &mut [T] { &mut self[..] }
}

impl<T: Clone> From<&[T]> for Vec<T> {
    fn from(s: &[T]) -> Vec<T> { s.to_vec() }
}
impl<T: Clone> From<&mut [T]> for Vec<T> {
    fn from(s: &mut [T]) -> Vec<T> { s.to_vec() }
}
impl<T, const N: usize> From<[T; N]> for Vec<T> {
    fn from(s: [T; N]) -> Vec<T> { crate::slice::into_vec(crate::boxed::Box::new(s)) }
}
impl<T: Clone, const N: usize> From<&[T; N]> for Vec<T> {
    fn from(s: &[T; N]) -> Vec<T> { s.to_vec() }
}
impl From<&str> for Vec<u8> {
    fn from(s: &str) -> Vec<u8> { From::from(s.as_bytes()) }
}
impl<T> From<crate::boxed::Box<[T]>> for Vec<T> {
    fn from(s: crate::boxed::Box<[T]>) -> Self { crate::slice::into_vec(s) }
}
impl<T> From<Vec<T>> for crate::boxed::Box<[T]> {
    fn from(v: Vec<T>) -> Self { v.into_boxed_slice() }
}

impl<T> FromIterator<T> for Vec<T> {
    /// std's SpecFromIter: an exact iterator sizes the buffer by its upper bound; another takes its first
    /// element, then max(4-ish minimum, lower bound + 1).
    #[track_caller]
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Vec<T> {
        let mut iterator = iter.into_iter();
        // std's SpecFromIter<T, IntoIter<T>>: the buffer is kept unless more than half of it was read
        if iterator.__is_vec_into_iter() {
            let src = iterator.__in_place_source().unwrap();
            if src.buf_addr() == src.ptr_addr() || src.remaining() >= src.src_cap() / 2 {
                let (buf, len, cap) = (src.buf_addr() as *mut T, src.remaining(), src.src_cap());
                unsafe {
                    if src.ptr_addr() != src.buf_addr() {
                        ptr::copy(src.ptr_addr() as *const T, buf, len);
                    }
                    src.forget_allocation(false);
                    return Vec::from_raw_parts(buf, len, cap);
                }
            }
            // (else a new Vec, reserved as extend reserves: amortized)
            let mut vector = Vec::new();
            vector.reserve(iterator.size_hint().0);
            vector.extend_desugared(iterator);
            return vector;
        }
        // std's in-place collect: adapters over a vec::IntoIter write their items into its buffer (when the
        // alignments are the same and an item fits where one was read)
        let size = crate::mem::size_of::<T>();
        let in_place = match iterator.__in_place_source() {
            Some(src) => size != 0 && src.elem_size() != 0 && src.elem_align() == crate::mem::align_of::<T>() && src.elem_size() >= size,
            None => false,
        };
        if in_place {
            return unsafe { from_iter_in_place(iterator) };
        }
        if iterator.__trusted_len() {
            let (_, upper) = iterator.size_hint();
            let mut vector = match upper {
                Some(upper) => Vec::with_capacity(upper),
                None => raw_vec::capacity_overflow(),
            };
            vector.extend_desugared(iterator);
            return vector;
        }
        let (lower, _) = iterator.size_hint();
        let first = match iterator.next() {
            None => return Vec::new(),
            Some(element) => element,
        };
        let size = crate::mem::size_of::<T>();
        let min = if size == 1 { 8 } else if size <= 1024 { 4 } else { 1 };
        let lower1 = lower.saturating_add(1);
        let initial_capacity = if min > lower1 { min } else { lower1 };
        let mut vector = Vec::with_capacity(initial_capacity);
        unsafe {
            ptr::write(vector.as_mut_ptr(), first);
            vector.set_len(1);
        }
        vector.extend_desugared(iterator);
        vector
    }
}

/// The items written so far into a buffer being collected in place, dropped if the iteration panics (std's InPlaceDrop).
struct InPlaceDrop<T> {
    inner: *mut T,
    dst: *mut T,
}

impl<T> Drop for InPlaceDrop<T> {
    fn drop(&mut self) {
        unsafe { ptr::drop_in_place(crate::slice::from_raw_parts_mut(self.inner, self.dst.offset_from(self.inner) as usize)) };
    }
}

/// std's in-place collect (alloc::vec::in_place_collect): the items are written over the source's items already read,
/// the buffer becomes the Vec's, its capacity counted in T; it is shrunk (realloc) when T's size does not divide its
/// bytes.
unsafe fn from_iter_in_place<T, I: Iterator<Item = T>>(mut iterator: I) -> Vec<T> {
    let (buf, src_cap, src_size) = match iterator.__in_place_source() {
        Some(src) => (src.buf_addr(), src.src_cap(), src.elem_size()),
        None => unreachable!(),
    };
    let size = crate::mem::size_of::<T>();
    let align = crate::mem::align_of::<T>();
    let dst_buf = buf as *mut T;
    let dst_cap = src_cap * src_size / size;
    let mut sink = InPlaceDrop { inner: dst_buf, dst: dst_buf };
    while let Some(item) = iterator.next() {
        unsafe {
            ptr::write(sink.dst, item);
            sink.dst = sink.dst.add(1);
        }
    }
    let len = unsafe { sink.dst.offset_from(dst_buf) as usize };
    crate::mem::forget(sink);
    if let Some(src) = iterator.__in_place_source() {
        src.forget_allocation(true);
    }
    let mut dst = dst_buf;
    if src_cap > 0 && size % src_size != 0 && src_cap * src_size != dst_cap * size {
        // Global's shrink
        unsafe {
            let old = crate::alloc::Layout::from_size_align_unchecked(src_size * src_cap, align);
            let new = crate::alloc::Layout::from_size_align_unchecked(size * dst_cap, align);
            let p = if new.size() == 0 {
                crate::alloc::dealloc(buf, old);
                align as *mut u8
            } else {
                crate::alloc::realloc(buf, old, new.size())
            };
            if p.is_null() {
                crate::alloc::handle_alloc_error(new);
            }
            dst = p as *mut T;
        }
    }
    unsafe { Vec::from_raw_parts(dst, len, dst_cap) }
}

impl<T, A: Allocator> Extend<T> for Vec<T, A> {
    #[track_caller]
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) { self.extend_desugared(iter.into_iter()) }
    fn extend_one(&mut self, item: T) { self.push(item); }
    fn extend_reserve(&mut self, additional: usize) { self.reserve(additional); }
}

impl<'a, T: Copy + 'a, A: Allocator> Extend<&'a T> for Vec<T, A> {
    #[track_caller]
    fn extend<I: IntoIterator<Item = &'a T>>(&mut self, iter: I) { self.extend_desugared(iter.into_iter().copied()) }
    fn extend_one(&mut self, item: &'a T) { self.push(*item); }
    fn extend_reserve(&mut self, additional: usize) { self.reserve(additional); }
}

impl<T, A: Allocator> IntoIterator for Vec<T, A> {
    type Item = T;
    type IntoIter = IntoIter<T, A>;
    fn into_iter(self) -> IntoIter<T, A> { IntoIter::new(self) }
}

impl<'a, T, A: Allocator> IntoIterator for &'a Vec<T, A> {
    type Item = &'a T;
    type IntoIter = crate::slice::Iter<'a, T>;
    fn into_iter(self) -> crate::slice::Iter<'a, T> { self.iter() }
}

impl<'a, T, A: Allocator> IntoIterator for &'a mut Vec<T, A> {
    type Item = &'a mut T;
    type IntoIter = crate::slice::IterMut<'a, T>;
    fn into_iter(self) -> crate::slice::IterMut<'a, T> { self.iter_mut() }
}

impl<T, A: Allocator> Vec<T, A> {
    pub(crate) fn raw_buf(&self) -> &RawVec<T, A> { &self.buf }
    pub(crate) unsafe fn take_raw(self) -> (*mut T, usize, usize) {
        let me = crate::mem::ManuallyDrop::new(self);
        (me.buf.ptr(), me.len, me.buf.capacity())
    }
}
