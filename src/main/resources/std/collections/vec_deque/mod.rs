// VecDeque<T>: std's growable ring buffer (alloc::collections::vec_deque) — { head, len, buf: RawVec<T> },
// element i living at buf[(head + i) % cap]. Growth, the moves made when the buffer grows or shrinks
// while wrapped, make_contiguous, drain's hole filling and the conversions to and from Vec are std's.
use crate::alloc::{Allocator, Global, Layout};
use crate::cmp::Ordering;
use crate::collections::{TryReserveError, TryReserveErrorKind};
use crate::fmt;
use crate::hash::{Hash, Hasher};
use crate::mem::ManuallyDrop;
use crate::ops::{Index, IndexMut, Range, RangeBounds};
use crate::ptr;
use crate::slice;
use crate::vec::{RawVec, Vec};

mod drain;
mod into_iter;
mod iter;
mod iter_mut;

pub use drain::Drain;
pub use into_iter::IntoIter;
pub use iter::Iter;
pub use iter_mut::IterMut;

pub struct VecDeque<T, A: Allocator = Global> {
    // `self[0]`, if it exists, is `buf[head]`; `head < buf.capacity()` unless the capacity is 0.
    head: usize,
    // the number of initialized elements, starting at `head` and possibly wrapping around.
    len: usize,
    buf: RawVec<T, A>,
}

const fn is_zst<T>() -> bool { crate::intrinsics::size_of::<T>() == 0 }

fn wrap_index(logical_index: usize, capacity: usize) -> usize {
    if logical_index >= capacity { logical_index - capacity } else { logical_index }
}

/// `slice::range(range, ..len)`: the bounds as a Range, with std's panics for a bad range.
fn slice_range<R: RangeBounds<usize>>(range: R, len: usize) -> Range<usize> { crate::ops::to_range(range, len) }

impl<T: Clone> Clone for VecDeque<T> {
    fn clone(&self) -> Self {
        let mut deq = Self::with_capacity(self.len());
        deq.extend(self.iter().cloned());
        deq
    }

    fn clone_from(&mut self, source: &Self) {
        self.clear();
        self.extend(source.iter().cloned());
    }
}

/// Drops a slice's elements when it is dropped (so the back half still goes if the front half panics).
struct Dropper<T>(*mut [T]);

impl<T> Drop for Dropper<T> {
    fn drop(&mut self) { unsafe { ptr::drop_in_place(self.0) } }
}

impl<T, A: Allocator> Drop for VecDeque<T, A> {
    fn drop(&mut self) {
        let (front, back) = self.as_mut_slices();
        let front = front as *mut [T];
        let back = back as *mut [T];
        unsafe {
            let _back_dropper = Dropper(back);
            ptr::drop_in_place(front);
        }
        // RawVec frees the buffer
    }
}

impl<T> Default for VecDeque<T> {
    fn default() -> VecDeque<T> { VecDeque::new() }
}

// ------------------------------------------------------------------ private helpers

impl<T, A: Allocator> VecDeque<T, A> {
    fn ptr(&self) -> *mut T { self.buf.ptr() }

    /// Appends an element; only when `len < capacity`.
    unsafe fn push_unchecked(&mut self, element: T) {
        let idx = self.to_physical_idx(self.len);
        unsafe { self.buffer_write(idx, element) };
        self.len += 1;
    }

    /// Prepends an element; only when `len < capacity`.
    unsafe fn push_front_unchecked(&mut self, element: T) {
        self.head = self.wrap_sub(self.head, 1);
        let head = self.head;
        unsafe { self.buffer_write(head, element) };
        self.len += 1;
    }

    unsafe fn buffer_read(&mut self, off: usize) -> T { unsafe { ptr::read(self.ptr().add(off)) } }

    unsafe fn buffer_write(&mut self, off: usize, value: T) -> &mut T {
        unsafe {
            let p = self.ptr().add(off);
            ptr::write(p, value);
            &mut *p
        }
    }

    /// A slice pointer to `range` of the physical buffer.
    unsafe fn buffer_range(&self, range: Range<usize>) -> *mut [T] {
        unsafe { ptr::slice_from_raw_parts_mut(self.ptr().add(range.start), range.end - range.start) }
    }

    fn is_full(&self) -> bool { self.len == self.capacity() }

    fn wrap_add(&self, idx: usize, addend: usize) -> usize { wrap_index(idx.wrapping_add(addend), self.capacity()) }

    fn to_physical_idx(&self, idx: usize) -> usize { self.wrap_add(self.head, idx) }

    fn wrap_sub(&self, idx: usize, subtrahend: usize) -> usize {
        wrap_index(idx.wrapping_sub(subtrahend).wrapping_add(self.capacity()), self.capacity())
    }

    unsafe fn copy(&mut self, src: usize, dst: usize, len: usize) {
        unsafe { ptr::copy(self.ptr().add(src), self.ptr().add(dst), len) }
    }

    unsafe fn copy_nonoverlapping(&mut self, src: usize, dst: usize, len: usize) {
        unsafe { ptr::copy_nonoverlapping(self.ptr().add(src), self.ptr().add(dst), len) }
    }

    /// Copies a possibly wrapping block of len elements from src to dst (at most one overlapping region).
    unsafe fn wrap_copy(&mut self, src: usize, dst: usize, len: usize) {
        if is_zst::<T>() || src == dst || len == 0 {
            return;
        }
        let dst_after_src = self.wrap_sub(dst, src) < len;
        let src_pre_wrap_len = self.capacity() - src;
        let dst_pre_wrap_len = self.capacity() - dst;
        let src_wraps = src_pre_wrap_len < len;
        let dst_wraps = dst_pre_wrap_len < len;

        unsafe {
            match (dst_after_src, src_wraps, dst_wraps) {
                (_, false, false) => {
                    self.copy(src, dst, len);
                }
                (false, false, true) => {
                    self.copy(src, dst, dst_pre_wrap_len);
                    self.copy(src + dst_pre_wrap_len, 0, len - dst_pre_wrap_len);
                }
                (true, false, true) => {
                    self.copy(src + dst_pre_wrap_len, 0, len - dst_pre_wrap_len);
                    self.copy(src, dst, dst_pre_wrap_len);
                }
                (false, true, false) => {
                    self.copy(src, dst, src_pre_wrap_len);
                    self.copy(0, dst + src_pre_wrap_len, len - src_pre_wrap_len);
                }
                (true, true, false) => {
                    self.copy(0, dst + src_pre_wrap_len, len - src_pre_wrap_len);
                    self.copy(src, dst, src_pre_wrap_len);
                }
                (false, true, true) => {
                    let delta = dst_pre_wrap_len - src_pre_wrap_len;
                    self.copy(src, dst, src_pre_wrap_len);
                    self.copy(0, dst + src_pre_wrap_len, delta);
                    self.copy(delta, 0, len - dst_pre_wrap_len);
                }
                (true, true, true) => {
                    let delta = src_pre_wrap_len - dst_pre_wrap_len;
                    let cap = self.capacity();
                    self.copy(0, delta, len - src_pre_wrap_len);
                    self.copy(cap - delta, 0, delta);
                    self.copy(src, dst, dst_pre_wrap_len);
                }
            }
        }
    }

    /// Copies the slice into the buffer at dst, wrapping around the end of the buffer.
    unsafe fn copy_slice(&mut self, dst: usize, src: &[T]) {
        let head_room = self.capacity() - dst;
        if src.len() <= head_room {
            unsafe { ptr::copy_nonoverlapping(src.as_ptr(), self.ptr().add(dst), src.len()) };
        } else {
            let (left, right) = src.split_at(head_room);
            unsafe {
                ptr::copy_nonoverlapping(left.as_ptr(), self.ptr().add(dst), left.len());
                ptr::copy_nonoverlapping(right.as_ptr(), self.ptr(), right.len());
            }
        }
    }

    /// Writes what the iterator yields (len elements) from physical dst on, wrapping around.
    unsafe fn write_iter_wrapping<I: Iterator<Item = T>>(&mut self, dst: usize, mut iter: I, len: usize) -> usize {
        let head_room = self.capacity() - dst;
        let mut written = 0;
        if head_room >= len {
            while let Some(element) = iter.next() {
                unsafe { self.buffer_write(dst + written, element) };
                written += 1;
                self.len += 1;
            }
        } else {
            while written < head_room {
                match iter.next() {
                    Some(element) => {
                        unsafe { self.buffer_write(dst + written, element) };
                        written += 1;
                        self.len += 1;
                    }
                    None => return written,
                }
            }
            let mut i = 0;
            while let Some(element) = iter.next() {
                unsafe { self.buffer_write(i, element) };
                i += 1;
                written += 1;
                self.len += 1;
            }
        }
        written
    }

    /// After the buffer grew from old_capacity: moves the shorter part of a wrapped ring so that it
    /// is contiguous modulo the new capacity (std's cases A, B and C).
    unsafe fn handle_capacity_increase(&mut self, old_capacity: usize) {
        let new_capacity = self.capacity();
        if self.head <= old_capacity - self.len {
            // A: contiguous, nothing to do
        } else {
            let head_len = old_capacity - self.head;
            let tail_len = self.len - head_len;
            if head_len > tail_len && new_capacity - old_capacity >= tail_len {
                // B: the tail moves after the old end
                unsafe { self.copy_nonoverlapping(0, old_capacity, tail_len) };
            } else {
                // C: the head part moves to the end of the new buffer
                let new_head = new_capacity - head_len;
                let head = self.head;
                unsafe { self.copy(head, new_head, head_len) };
                self.head = new_head;
            }
        }
    }

    /// The two physical ranges holding the logical range.
    fn slice_ranges<R: RangeBounds<usize>>(&self, range: R, len: usize) -> (Range<usize>, Range<usize>) {
        let Range { start, end } = slice_range(range, len);
        let len = end - start;
        if len == 0 {
            (0..0, 0..0)
        } else {
            let wrapped_start = self.to_physical_idx(start);
            let head_len = self.capacity() - wrapped_start;
            if head_len >= len {
                (wrapped_start..wrapped_start + len, 0..0)
            } else {
                let tail_len = len - head_len;
                (wrapped_start..self.capacity(), 0..tail_len)
            }
        }
    }

    fn is_contiguous(&self) -> bool { self.head <= self.capacity() - self.len }

    /// Doubles the buffer (RawVec's grow_one) and fixes up a wrapped ring.
    fn grow(&mut self) {
        let old_cap = self.capacity();
        self.buf.grow_one();
        unsafe { self.handle_capacity_increase(old_cap) };
    }

    unsafe fn rotate_left_inner(&mut self, mid: usize) {
        let head = self.head;
        let dst = self.to_physical_idx(self.len);
        unsafe { self.wrap_copy(head, dst, mid) };
        self.head = self.to_physical_idx(mid);
    }

    unsafe fn rotate_right_inner(&mut self, k: usize) {
        self.head = self.wrap_sub(self.head, k);
        let src = self.to_physical_idx(self.len);
        let head = self.head;
        unsafe { self.wrap_copy(src, head, k) };
    }

    /// Extends from an iterator as std's SpecExtend: an exact (TrustedLen) iterator reserves its length
    /// once, another reserves its lower bound + 1 whenever the buffer is full.
    fn spec_extend<I: Iterator<Item = T>>(&mut self, mut iter: I) {
        if iter.__trusted_len() {
            let (_, high) = iter.size_hint();
            match high {
                Some(additional) => {
                    self.reserve(additional);
                    let dst = self.to_physical_idx(self.len);
                    unsafe { self.write_iter_wrapping(dst, iter, additional) };
                }
                None => panic!("capacity overflow"),
            }
            return;
        }
        while let Some(element) = iter.next() {
            let (lower, _) = iter.size_hint();
            self.reserve(lower.saturating_add(1));
            unsafe { self.push_unchecked(element) };
            while self.len < self.capacity() {
                match iter.next() {
                    Some(element) => unsafe { self.push_unchecked(element) },
                    None => return,
                }
            }
        }
    }
}

// ------------------------------------------------------------------ fallible growth

/// The smallest non-zero capacity RawVec allocates for elements of this size.
fn min_non_zero_cap(size: usize) -> usize {
    if size == 1 { 8 } else if size <= 1024 { 4 } else { 1 }
}

/// RawVec's try_reserve / try_reserve_exact on a buffer (ptr, cap) of Global memory holding len
/// elements: Ok(None) when it is big enough, Ok(Some((ptr, cap))) for the new buffer, or std's error
/// (CapacityOverflow when the capacity or layout overflows, AllocError when the allocator fails).
pub(in crate::collections) fn try_grow_buffer<T>(ptr: *mut T, cap: usize, len: usize, additional: usize, exact: bool)
    -> Result<Option<(*mut T, usize)>, TryReserveError> {
    let size = crate::intrinsics::size_of::<T>();
    let effective_cap = if size == 0 { usize::MAX } else { cap };
    if additional <= effective_cap.wrapping_sub(len) {
        return Ok(None);
    }
    if size == 0 {
        return Err(TryReserveError { kind: TryReserveErrorKind::CapacityOverflow });
    }
    let required = match len.checked_add(additional) {
        Some(r) => r,
        None => return Err(TryReserveError { kind: TryReserveErrorKind::CapacityOverflow }),
    };
    let new_cap = if exact {
        required
    } else {
        let doubled = cap * 2;
        let c = if required > doubled { required } else { doubled };
        let min = min_non_zero_cap(size);
        if min > c { min } else { c }
    };
    let layout = match Layout::array::<T>(new_cap) {
        Ok(l) => l,
        Err(_) => return Err(TryReserveError { kind: TryReserveErrorKind::CapacityOverflow }),
    };
    let p = if cap == 0 {
        unsafe { crate::alloc::alloc(layout) }
    } else {
        let old = unsafe { Layout::from_size_align_unchecked(size * cap, crate::intrinsics::align_of::<T>()) };
        unsafe { crate::alloc::realloc(ptr as *mut u8, old, layout.size()) }
    };
    if p.is_null() {
        return Err(TryReserveError { kind: TryReserveErrorKind::AllocError { layout } });
    }
    Ok(Some((p as *mut T, new_cap)))
}

impl<T> VecDeque<T> {
    /// Grows the buffer as RawVec's try_reserve(_exact) would, then fixes up a wrapped ring.
    fn try_grow(&mut self, additional: usize, exact: bool) -> Result<(), TryReserveError> {
        let old_cap = self.capacity();
        match try_grow_buffer::<T>(self.buf.ptr(), self.buf.capacity(), self.len, additional, exact)? {
            None => {}
            Some((p, cap)) => {
                let old = crate::mem::replace(&mut self.buf, unsafe { RawVec::from_raw_parts(p, cap) });
                crate::mem::forget(old);
                unsafe { self.handle_capacity_increase(old_cap) };
            }
        }
        Ok(())
    }
}

// ------------------------------------------------------------------ constructors (Global)

impl<T> VecDeque<T> {
    pub const fn new() -> VecDeque<T> { VecDeque { head: 0, len: 0, buf: RawVec::new() } }

    pub fn with_capacity(capacity: usize) -> VecDeque<T> { VecDeque { head: 0, len: 0, buf: RawVec::with_capacity(capacity) } }

    pub fn try_reserve_exact(&mut self, additional: usize) -> Result<(), TryReserveError> {
        let new_cap = match self.len.checked_add(additional) {
            Some(c) => c,
            None => return Err(TryReserveError { kind: TryReserveErrorKind::CapacityOverflow }),
        };
        if new_cap > self.capacity() {
            self.try_grow(additional, true)?;
        }
        Ok(())
    }

    pub fn try_reserve(&mut self, additional: usize) -> Result<(), TryReserveError> {
        let new_cap = match self.len.checked_add(additional) {
            Some(c) => c,
            None => return Err(TryReserveError { kind: TryReserveErrorKind::CapacityOverflow }),
        };
        if new_cap > self.capacity() {
            self.try_grow(additional, false)?;
        }
        Ok(())
    }

    /// Splits the deque in two at the given index: self keeps [0, at), the result holds [at, len).
    pub fn split_off(&mut self, at: usize) -> Self {
        let len = self.len;
        assert!(at <= len, "`at` out of bounds");
        let other_len = len - at;
        let mut other = VecDeque::with_capacity(other_len);
        let (first_half, second_half) = self.as_slices();
        let first_len = first_half.len();
        let second_len = second_half.len();
        unsafe {
            if at < first_len {
                let amount_in_first = first_len - at;
                ptr::copy_nonoverlapping(first_half.as_ptr().add(at), other.ptr(), amount_in_first);
                ptr::copy_nonoverlapping(second_half.as_ptr(), other.ptr().add(amount_in_first), second_len);
            } else {
                let offset = at - first_len;
                let amount_in_second = second_len - offset;
                ptr::copy_nonoverlapping(second_half.as_ptr().add(offset), other.ptr(), amount_in_second);
            }
        }
        self.len = at;
        other.len = other_len;
        other
    }
}

// ------------------------------------------------------------------ public methods

impl<T, A: Allocator> VecDeque<T, A> {
    pub fn get(&self, index: usize) -> Option<&T> {
        if index < self.len {
            let idx = self.to_physical_idx(index);
            unsafe { Some(&*self.ptr().add(idx)) }
        } else {
            None
        }
    }

    pub fn get_mut(&mut self, index: usize) -> Option<&mut T> {
        if index < self.len {
            let idx = self.to_physical_idx(index);
            unsafe { Some(&mut *self.ptr().add(idx)) }
        } else {
            None
        }
    }

    pub fn swap(&mut self, i: usize, j: usize) {
        if i >= self.len() {
            std_panic!("alloc/src/collections/vec_deque/mod.rs", 971, 9, "assertion failed: i < self.len()");
        }
        if j >= self.len() {
            std_panic!("alloc/src/collections/vec_deque/mod.rs", 972, 9, "assertion failed: j < self.len()");
        }
        let ri = self.to_physical_idx(i);
        let rj = self.to_physical_idx(j);
        unsafe { ptr::swap(self.ptr().add(ri), self.ptr().add(rj)) }
    }

    pub fn capacity(&self) -> usize {
        if is_zst::<T>() { usize::MAX } else { self.buf.capacity() }
    }

    pub fn reserve_exact(&mut self, additional: usize) {
        let new_cap = self.len.checked_add(additional).expect("capacity overflow");
        let old_cap = self.capacity();
        if new_cap > old_cap {
            self.buf.reserve_exact(self.len, additional);
            unsafe { self.handle_capacity_increase(old_cap) };
        }
    }

    pub fn reserve(&mut self, additional: usize) {
        let new_cap = self.len.checked_add(additional).expect("capacity overflow");
        let old_cap = self.capacity();
        if new_cap > old_cap {
            self.buf.reserve(self.len, additional);
            unsafe { self.handle_capacity_increase(old_cap) };
        }
    }

    pub fn shrink_to_fit(&mut self) { self.shrink_to(0); }

    pub fn shrink_to(&mut self, min_capacity: usize) {
        let target_cap = if min_capacity > self.len { min_capacity } else { self.len };
        if is_zst::<T>() || self.capacity() <= target_cap {
            return;
        }
        let end = self.head + self.len;
        let tail_outside = end >= target_cap + 1 && end <= self.capacity();
        if self.len == 0 {
            self.head = 0;
        } else if self.head >= target_cap && tail_outside {
            // head and tail are both out of bounds: copy everything to the front
            let head = self.head;
            let len = self.len;
            unsafe { self.copy_nonoverlapping(head, 0, len) };
            self.head = 0;
        } else if self.head < target_cap && tail_outside {
            // the head is in bounds, the end is not: copy the overflowing part to the front
            let len = self.head + self.len - target_cap;
            unsafe { self.copy_nonoverlapping(target_cap, 0, len) };
        } else if !self.is_contiguous() {
            // wrapped: the head part moves back to end at the target capacity
            let head_len = self.capacity() - self.head;
            let new_head = target_cap - head_len;
            let head = self.head;
            unsafe { self.copy(head, new_head, head_len) };
            self.head = new_head;
        }
        self.buf.shrink_to_fit(target_cap);
    }

    /// Keeps the first len elements and drops the rest (front part, then the back part).
    pub fn truncate(&mut self, len: usize) {
        unsafe {
            if len >= self.len {
                return;
            }
            let (front, back) = self.as_mut_slices();
            let front_len = front.len();
            if len > front_len {
                let begin = len - front_len;
                let drop_back = ptr::slice_from_raw_parts_mut(back.as_mut_ptr().add(begin), back.len() - begin);
                self.len = len;
                ptr::drop_in_place(drop_back);
            } else {
                let drop_back = back as *mut [T];
                let drop_front = ptr::slice_from_raw_parts_mut(front.as_mut_ptr().add(len), front_len - len);
                self.len = len;
                let _back_dropper = Dropper(drop_back);
                ptr::drop_in_place(drop_front);
            }
        }
    }

    pub fn iter(&self) -> Iter<'_, T> {
        let (a, b) = self.as_slices();
        Iter::new(a.iter(), b.iter())
    }

    pub fn iter_mut(&mut self) -> IterMut<'_, T> {
        let (a, b) = self.as_mut_slices();
        IterMut::new(a.iter_mut(), b.iter_mut())
    }

    pub fn as_slices(&self) -> (&[T], &[T]) {
        let (a_range, b_range) = self.slice_ranges(.., self.len);
        unsafe { (&*self.buffer_range(a_range), &*self.buffer_range(b_range)) }
    }

    pub fn as_mut_slices(&mut self) -> (&mut [T], &mut [T]) {
        let (a_range, b_range) = self.slice_ranges(.., self.len);
        unsafe { (&mut *self.buffer_range(a_range), &mut *self.buffer_range(b_range)) }
    }

    pub fn len(&self) -> usize { self.len }

    pub fn is_empty(&self) -> bool { self.len == 0 }

    pub fn range<R: RangeBounds<usize>>(&self, range: R) -> Iter<'_, T> {
        let (a_range, b_range) = self.slice_ranges(range, self.len);
        let a = unsafe { &*self.buffer_range(a_range) };
        let b = unsafe { &*self.buffer_range(b_range) };
        Iter::new(a.iter(), b.iter())
    }

    pub fn range_mut<R: RangeBounds<usize>>(&mut self, range: R) -> IterMut<'_, T> {
        let (a_range, b_range) = self.slice_ranges(range, self.len);
        let a = unsafe { &mut *self.buffer_range(a_range) };
        let b = unsafe { &mut *self.buffer_range(b_range) };
        IterMut::new(a.iter_mut(), b.iter_mut())
    }

    /// Removes the range from the deque, yielding its elements; the hole is closed when the Drain drops.
    pub fn drain<R: RangeBounds<usize>>(&mut self, range: R) -> Drain<'_, T, A> {
        let Range { start, end } = slice_range(range, self.len);
        let drain_start = start;
        let drain_len = end - start;
        unsafe { Drain::new(self, drain_start, drain_len) }
    }

    pub fn clear(&mut self) {
        self.truncate(0);
        self.head = 0;
    }

    pub fn contains(&self, x: &T) -> bool where T: PartialEq<T> {
        let (a, b) = self.as_slices();
        a.contains(x) || b.contains(x)
    }

    pub fn front(&self) -> Option<&T> { self.get(0) }

    pub fn front_mut(&mut self) -> Option<&mut T> { self.get_mut(0) }

    pub fn back(&self) -> Option<&T> { self.get(self.len.wrapping_sub(1)) }

    pub fn back_mut(&mut self) -> Option<&mut T> { self.get_mut(self.len.wrapping_sub(1)) }

    pub fn pop_front(&mut self) -> Option<T> {
        if self.is_empty() {
            None
        } else {
            let old_head = self.head;
            self.head = self.to_physical_idx(1);
            self.len -= 1;
            unsafe { Some(self.buffer_read(old_head)) }
        }
    }

    pub fn pop_back(&mut self) -> Option<T> {
        if self.is_empty() {
            None
        } else {
            self.len -= 1;
            let idx = self.to_physical_idx(self.len);
            unsafe { Some(self.buffer_read(idx)) }
        }
    }

    pub fn pop_front_if(&mut self, predicate: impl FnOnce(&mut T) -> bool) -> Option<T> {
        let first = self.front_mut()?;
        if predicate(first) { self.pop_front() } else { None }
    }

    pub fn pop_back_if(&mut self, predicate: impl FnOnce(&mut T) -> bool) -> Option<T> {
        let last = self.back_mut()?;
        if predicate(last) { self.pop_back() } else { None }
    }

    pub fn push_front(&mut self, value: T) { let _ = self.push_front_mut(value); }

    pub fn push_front_mut(&mut self, value: T) -> &mut T {
        if self.is_full() {
            self.grow();
        }
        self.head = self.wrap_sub(self.head, 1);
        self.len += 1;
        let head = self.head;
        unsafe { self.buffer_write(head, value) }
    }

    pub fn push_back(&mut self, value: T) { let _ = self.push_back_mut(value); }

    pub fn push_back_mut(&mut self, value: T) -> &mut T {
        if self.is_full() {
            self.grow();
        }
        let len = self.len;
        self.len += 1;
        let idx = self.to_physical_idx(len);
        unsafe { self.buffer_write(idx, value) }
    }

    pub fn swap_remove_front(&mut self, index: usize) -> Option<T> {
        let length = self.len;
        if index < length && index != 0 {
            self.swap(index, 0);
        } else if index >= length {
            return None;
        }
        self.pop_front()
    }

    pub fn swap_remove_back(&mut self, index: usize) -> Option<T> {
        let length = self.len;
        if length > 0 && index < length - 1 {
            self.swap(index, length - 1);
        } else if index >= length {
            return None;
        }
        self.pop_back()
    }

    pub fn insert(&mut self, index: usize, value: T) { let _ = self.insert_mut(index, value); }

    /// Inserts at index, moving whichever side of it is shorter.
    pub fn insert_mut(&mut self, index: usize, value: T) -> &mut T {
        assert!(index <= self.len(), "index out of bounds");
        if self.is_full() {
            self.grow();
        }
        let k = self.len - index;
        if k < index {
            unsafe {
                let src = self.to_physical_idx(index);
                let dst = self.to_physical_idx(index + 1);
                self.wrap_copy(src, dst, k);
                self.len += 1;
                let idx = self.to_physical_idx(index);
                self.buffer_write(idx, value)
            }
        } else {
            let old_head = self.head;
            self.head = self.wrap_sub(self.head, 1);
            unsafe {
                let head = self.head;
                self.wrap_copy(old_head, head, index);
                self.len += 1;
                let idx = self.to_physical_idx(index);
                self.buffer_write(idx, value)
            }
        }
    }

    /// Removes the element at index, moving whichever side of it is shorter.
    pub fn remove(&mut self, index: usize) -> Option<T> {
        if self.len <= index {
            return None;
        }
        let wrapped_idx = self.to_physical_idx(index);
        let elem = unsafe { Some(self.buffer_read(wrapped_idx)) };
        let k = self.len - index - 1;
        if k < index {
            let src = self.wrap_add(wrapped_idx, 1);
            unsafe { self.wrap_copy(src, wrapped_idx, k) };
            self.len -= 1;
        } else {
            let old_head = self.head;
            self.head = self.to_physical_idx(1);
            let head = self.head;
            unsafe { self.wrap_copy(old_head, head, index) };
            self.len -= 1;
        }
        elem
    }

    /// Moves all of other's elements to the back of self (other keeps its buffer).
    pub fn append(&mut self, other: &mut Self) {
        if is_zst::<T>() {
            self.len = self.len.checked_add(other.len).expect("capacity overflow");
            other.len = 0;
            other.head = 0;
            return;
        }
        self.reserve(other.len);
        unsafe {
            let (left, right) = other.as_slices();
            let dst = self.to_physical_idx(self.len);
            self.copy_slice(dst, left);
            let dst = self.to_physical_idx(self.len + left.len());
            self.copy_slice(dst, right);
        }
        self.len += other.len;
        other.len = 0;
        other.head = 0;
    }

    pub fn retain<F: FnMut(&T) -> bool>(&mut self, mut f: F) { self.retain_mut(|elem| f(elem)); }

    /// Keeps the elements f accepts: kept ones are swapped forward, the rest truncated at the end.
    pub fn retain_mut<F: FnMut(&mut T) -> bool>(&mut self, mut f: F) {
        let len = self.len;
        let mut idx = 0;
        let mut cur = 0;
        // Stage 1: all values are retained.
        while cur < len {
            if !f(&mut self[cur]) {
                cur += 1;
                break;
            }
            cur += 1;
            idx += 1;
        }
        // Stage 2: swap retained values into place.
        while cur < len {
            if !f(&mut self[cur]) {
                cur += 1;
                continue;
            }
            self.swap(idx, cur);
            cur += 1;
            idx += 1;
        }
        // Stage 3: truncate what is left over.
        if cur != idx {
            self.truncate(idx);
        }
    }

    pub fn resize_with(&mut self, new_len: usize, generator: impl FnMut() -> T) {
        let len = self.len;
        if new_len > len {
            self.extend(crate::iter::repeat_with(generator).take(new_len - len))
        } else {
            self.truncate(new_len);
        }
    }

    /// Rearranges the buffer so the elements are one slice (std's moves: tail/head copies or a rotate).
    pub fn make_contiguous(&mut self) -> &mut [T] {
        if is_zst::<T>() {
            self.head = 0;
        }
        if self.is_contiguous() {
            unsafe { return slice::from_raw_parts_mut(self.ptr().add(self.head), self.len) }
        }
        let head = self.head;
        let len = self.len;
        let cap = self.capacity();
        let free = cap - len;
        let head_len = cap - head;
        let tail = len - head_len;
        let tail_len = tail;

        if free >= head_len {
            // from: DEFGH....ABC  to: ABCDEFGH....
            unsafe {
                self.copy(0, head_len, tail_len);
                self.copy_nonoverlapping(head, 0, head_len);
            }
            self.head = 0;
        } else if free >= tail_len {
            // from: FGH....ABCDE  to: ...ABCDEFGH.
            unsafe {
                self.copy(head, tail, head_len);
                self.copy_nonoverlapping(0, tail + head_len, tail_len);
            }
            self.head = tail;
        } else if head_len > tail_len {
            // the tail is shorter: move it next to the head, then rotate
            unsafe {
                if free != 0 {
                    self.copy(0, free, tail_len);
                }
                let s = &mut *self.buffer_range(free..cap);
                s.rotate_left(tail_len);
            }
            self.head = free;
        } else {
            // the head is shorter: move it next to the tail, then rotate
            unsafe {
                if free != 0 {
                    self.copy(head, tail_len, head_len);
                }
                let s = &mut *self.buffer_range(0..len);
                s.rotate_right(head_len);
            }
            self.head = 0;
        }
        unsafe { slice::from_raw_parts_mut(self.ptr().add(self.head), self.len) }
    }

    pub fn rotate_left(&mut self, n: usize) {
        assert!(n <= self.len());
        let k = self.len - n;
        if n <= k {
            unsafe { self.rotate_left_inner(n) }
        } else {
            unsafe { self.rotate_right_inner(k) }
        }
    }

    pub fn rotate_right(&mut self, n: usize) {
        assert!(n <= self.len());
        let k = self.len - n;
        if n <= k {
            unsafe { self.rotate_right_inner(n) }
        } else {
            unsafe { self.rotate_left_inner(k) }
        }
    }

    pub fn binary_search(&self, x: &T) -> Result<usize, usize> where T: Ord { self.binary_search_by(|e| e.cmp(x)) }

    pub fn binary_search_by<'a, F: FnMut(&'a T) -> Ordering>(&'a self, mut f: F) -> Result<usize, usize> {
        let (front, back) = self.as_slices();
        let cmp_back = match back.first() {
            Some(elem) => Some(f(elem)),
            None => None,
        };
        match cmp_back {
            Some(Ordering::Equal) => Ok(front.len()),
            Some(Ordering::Less) => {
                let n = front.len();
                match back.binary_search_by(|e| f(e)) {
                    Ok(idx) => Ok(idx + n),
                    Err(idx) => Err(idx + n),
                }
            }
            _ => front.binary_search_by(|e| f(e)),
        }
    }

    pub fn binary_search_by_key<'a, B: Ord, F: FnMut(&'a T) -> B>(&'a self, b: &B, mut f: F) -> Result<usize, usize> {
        self.binary_search_by(|k| f(k).cmp(b))
    }

    pub fn partition_point<P: FnMut(&T) -> bool>(&self, mut pred: P) -> usize {
        let (front, back) = self.as_slices();
        let back_first = match back.first() {
            Some(v) => pred(v),
            None => false,
        };
        if back_first {
            back.partition_point(|v| pred(v)) + front.len()
        } else {
            front.partition_point(|v| pred(v))
        }
    }
}

impl<T: Clone, A: Allocator> VecDeque<T, A> {
    /// Grows to new_len with clones of value (the last one is value itself), or truncates.
    pub fn resize(&mut self, new_len: usize, value: T) {
        if new_len > self.len() {
            let extra = new_len - self.len();
            self.extend(crate::iter::repeat_n(value, extra))
        } else {
            self.truncate(new_len);
        }
    }
}

// ------------------------------------------------------------------ comparisons, hashing

impl<T: PartialEq, A: Allocator> PartialEq for VecDeque<T, A> {
    fn eq(&self, other: &Self) -> bool {
        if self.len != other.len() {
            return false;
        }
        let (sa, sb) = self.as_slices();
        let (oa, ob) = other.as_slices();
        if sa.len() == oa.len() {
            sa == oa && sb == ob
        } else if sa.len() < oa.len() {
            // self:  [a b c|d e f]   other: [0 1 2 3|4 5]
            let front = sa.len();
            let mid = oa.len() - front;
            let (oa_front, oa_mid) = oa.split_at(front);
            let (sb_mid, sb_back) = sb.split_at(mid);
            sa == oa_front && sb_mid == oa_mid && sb_back == ob
        } else {
            let front = oa.len();
            let mid = sa.len() - front;
            let (sa_front, sa_mid) = sa.split_at(front);
            let (ob_mid, ob_back) = ob.split_at(mid);
            sa_front == oa && sa_mid == ob_mid && sb == ob_back
        }
    }
}

impl<T: Eq, A: Allocator> Eq for VecDeque<T, A> {}

/// The comparison of a deque with a slice: the deque's two parts against the slice split at the same place.
fn eq_slices<T: PartialEq<U>, U>(sa: &[T], sb: &[T], other: &[U]) -> bool {
    if sa.len() + sb.len() != other.len() {
        return false;
    }
    let (oa, ob) = other.split_at(sa.len());
    sa == oa && sb == ob
}

impl<T: PartialEq<U>, U, A: Allocator> PartialEq<Vec<U, A>> for VecDeque<T, A> {
    fn eq(&self, other: &Vec<U, A>) -> bool {
        let (sa, sb) = self.as_slices();
        eq_slices(sa, sb, other.as_slice())
    }
}

impl<T: PartialEq<U>, U, A: Allocator> PartialEq<&[U]> for VecDeque<T, A> {
    fn eq(&self, other: &&[U]) -> bool {
        let (sa, sb) = self.as_slices();
        eq_slices(sa, sb, *other)
    }
}

impl<T: PartialEq<U>, U, A: Allocator> PartialEq<&mut [U]> for VecDeque<T, A> {
    fn eq(&self, other: &&mut [U]) -> bool {
        let (sa, sb) = self.as_slices();
        let o: &[U] = &**other;
        eq_slices(sa, sb, o)
    }
}

impl<T: PartialEq<U>, U, A: Allocator, const N: usize> PartialEq<[U; N]> for VecDeque<T, A> {
    fn eq(&self, other: &[U; N]) -> bool {
        let (sa, sb) = self.as_slices();
        let o: &[U] = other;
        eq_slices(sa, sb, o)
    }
}

impl<T: PartialEq<U>, U, A: Allocator, const N: usize> PartialEq<&[U; N]> for VecDeque<T, A> {
    fn eq(&self, other: &&[U; N]) -> bool {
        let (sa, sb) = self.as_slices();
        let o: &[U] = *other;
        eq_slices(sa, sb, o)
    }
}

impl<T: PartialEq<U>, U, A: Allocator, const N: usize> PartialEq<&mut [U; N]> for VecDeque<T, A> {
    fn eq(&self, other: &&mut [U; N]) -> bool {
        let (sa, sb) = self.as_slices();
        let o: &[U] = &**other;
        eq_slices(sa, sb, o)
    }
}

impl<T: PartialOrd, A: Allocator> PartialOrd for VecDeque<T, A> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> { self.iter().partial_cmp(other.iter()) }
}

impl<T: Ord, A: Allocator> Ord for VecDeque<T, A> {
    fn cmp(&self, other: &Self) -> Ordering { self.iter().cmp(other.iter()) }
}

impl<T: Hash, A: Allocator> Hash for VecDeque<T, A> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_length_prefix(self.len);
        // element by element: the split into two slices varies between equal deques
        for elem in self.iter() {
            elem.hash(state);
        }
    }
}

// ------------------------------------------------------------------ indexing, iteration, conversions

impl<T, A: Allocator> Index<usize> for VecDeque<T, A> {
    type Output = T;
    #[track_caller]
    fn index(&self, index: usize) -> &T { self.get(index).expect("Out of bounds access") }
}

impl<T, A: Allocator> IndexMut<usize> for VecDeque<T, A> {
    #[track_caller]
    fn index_mut(&mut self, index: usize) -> &mut T { self.get_mut(index).expect("Out of bounds access") }
}

impl<T> FromIterator<T> for VecDeque<T> {
    /// std's SpecFromIter: a deque's own IntoIter gives its deque back; anything else is collected into a
    /// Vec, whose buffer the deque then takes over.
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> VecDeque<T> {
        let iterator = iter.into_iter();
        if crate::intrinsics::type_id::<I::IntoIter>() == crate::intrinsics::type_id::<IntoIter<T>>() {
            let it = ManuallyDrop::new(iterator);
            let own: IntoIter<T> = unsafe { ptr::read(&*it as *const I::IntoIter as *const IntoIter<T>) };
            return own.into_vecdeque();
        }
        let v: Vec<T> = Vec::from_iter(iterator);
        VecDeque::from(v)
    }
}

impl<T, A: Allocator> IntoIterator for VecDeque<T, A> {
    type Item = T;
    type IntoIter = IntoIter<T, A>;
    fn into_iter(self) -> IntoIter<T, A> { IntoIter::new(self) }
}

impl<'a, T, A: Allocator> IntoIterator for &'a VecDeque<T, A> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;
    fn into_iter(self) -> Iter<'a, T> { self.iter() }
}

impl<'a, T, A: Allocator> IntoIterator for &'a mut VecDeque<T, A> {
    type Item = &'a mut T;
    type IntoIter = IterMut<'a, T>;
    fn into_iter(self) -> IterMut<'a, T> { self.iter_mut() }
}

impl<T, A: Allocator> Extend<T> for VecDeque<T, A> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) { self.spec_extend(iter.into_iter()) }
    fn extend_one(&mut self, elem: T) { self.push_back(elem); }
    fn extend_reserve(&mut self, additional: usize) { self.reserve(additional); }
}

impl<'a, T: 'a + Copy, A: Allocator> Extend<&'a T> for VecDeque<T, A> {
    fn extend<I: IntoIterator<Item = &'a T>>(&mut self, iter: I) { self.spec_extend(iter.into_iter().copied()) }
    fn extend_one(&mut self, elem: &'a T) { self.push_back(*elem); }
    fn extend_reserve(&mut self, additional: usize) { self.reserve(additional); }
}

impl<T: fmt::Debug, A: Allocator> fmt::Debug for VecDeque<T, A> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.debug_list().entries(self.iter()).finish() }
}

impl<T> From<Vec<T>> for VecDeque<T> {
    /// O(1): the deque takes over the Vec's buffer.
    fn from(other: Vec<T>) -> Self {
        let (p, len, cap) = other.into_raw_parts();
        VecDeque { head: 0, len, buf: unsafe { RawVec::from_raw_parts(p, cap) } }
    }
}

impl<T> From<VecDeque<T>> for Vec<T> {
    /// Makes the deque contiguous, moves it to the start of its buffer and hands the buffer over.
    fn from(mut other: VecDeque<T>) -> Self {
        other.make_contiguous();
        unsafe {
            let other = ManuallyDrop::new(other);
            let buf = other.buf.ptr();
            let len = other.len();
            let cap = other.capacity();
            if other.head != 0 {
                ptr::copy(buf.add(other.head), buf, len);
            }
            Vec::from_raw_parts(buf, len, cap)
        }
    }
}

impl<T, const N: usize> From<[T; N]> for VecDeque<T> {
    fn from(arr: [T; N]) -> Self {
        let mut deq = VecDeque::with_capacity(N);
        let arr = ManuallyDrop::new(arr);
        if !is_zst::<T>() {
            unsafe { ptr::copy_nonoverlapping(&*arr as *const [T; N] as *const T, deq.ptr(), N) };
        }
        deq.head = 0;
        deq.len = N;
        deq
    }
}
