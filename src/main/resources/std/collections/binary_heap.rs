// BinaryHeap<T>: std's max-heap on a Vec (alloc::collections::binary_heap), with std's hole-based
// sift_up / sift_down_range / sift_down_to_bottom, the rebuild-or-sift-up choice of append, extend and
// retain, PeekMut's leak amplification, and iteration in the Vec's (heap) order.
use crate::alloc::{Allocator, Global};
use crate::collections::TryReserveError;
use crate::fmt;
use crate::iter::FusedIterator;
use crate::mem::{self, ManuallyDrop};
use crate::ops::{Deref, DerefMut};
use crate::ptr;
use crate::slice;
use crate::vec::{self, Vec};

pub struct BinaryHeap<T, A: Allocator = Global> {
    data: Vec<T, A>,
}

/// A mutable reference to the greatest element; dropping it sifts the (possibly changed) element down.
pub struct PeekMut<'a, T: 'a + Ord, A: Allocator = Global> {
    heap: &'a mut BinaryHeap<T, A>,
    // Some(len) once a &mut T was handed out: the Vec is then cut to length 1 until the PeekMut goes.
    original_len: Option<NonZeroLen>,
}

/// A non-zero length (std keeps a NonZero<usize> here: its niche makes the Option one word).
#[rustc_layout_scalar_valid_range_start(1)]
#[derive(Copy, Clone)]
#[repr(transparent)]
struct NonZeroLen(usize);

impl NonZeroLen {
    fn get(self) -> usize { self.0 }
}

impl<T: Ord + fmt::Debug, A: Allocator> fmt::Debug for PeekMut<'_, T, A> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let top: &T = &self.heap.data.as_slice()[0];
        f.debug_tuple("PeekMut").field(top).finish()
    }
}

impl<T: Ord, A: Allocator> Drop for PeekMut<'_, T, A> {
    fn drop(&mut self) {
        if let Some(original_len) = self.original_len {
            // undo the leak amplification of deref_mut, then restore the heap property
            unsafe { self.heap.data.set_len(original_len.get()) };
            unsafe { self.heap.sift_down(0) };
        }
    }
}

impl<T: Ord, A: Allocator> Deref for PeekMut<'_, T, A> {
    type Target = T;
    fn deref(&self) -> &T { unsafe { &*self.heap.data.as_ptr() } }
}

impl<T: Ord, A: Allocator> DerefMut for PeekMut<'_, T, A> {
    fn deref_mut(&mut self) -> &mut T {
        let len = self.heap.len();
        if len > 1 {
            // Leak amplification: the rest of the Vec is hidden while the caller holds &mut T, so a
            // leaked PeekMut cannot leave the heap broken.
            unsafe {
                self.original_len = Some(NonZeroLen(len));
                self.heap.data.set_len(1);
            }
        }
        unsafe { &mut *self.heap.data.as_mut_ptr() }
    }
}

impl<'a, T: Ord, A: Allocator> PeekMut<'a, T, A> {
    /// Removes the peeked value from the heap and returns it.
    pub fn pop(mut this: PeekMut<'a, T, A>) -> T {
        if let Some(original_len) = this.original_len.take() {
            unsafe { this.heap.data.set_len(original_len.get()) };
            // no sift_down: the element is removed right away
        }
        match this.heap.pop() {
            Some(v) => v,
            None => unsafe { crate::intrinsics::unreachable() },
        }
    }
}

impl<T: Clone> Clone for BinaryHeap<T> {
    fn clone(&self) -> Self { BinaryHeap { data: self.data.clone() } }

    fn clone_from(&mut self, source: &Self) { self.data.clone_from(&source.data); }
}

impl<T> Default for BinaryHeap<T> {
    fn default() -> BinaryHeap<T> { BinaryHeap::new() }
}

impl<T: fmt::Debug, A: Allocator> fmt::Debug for BinaryHeap<T, A> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.debug_list().entries(self.iter()).finish() }
}

/// Restores the heap from rebuild_from on when dropped (after extend or retain changed the Vec).
struct RebuildOnDrop<'a, T: Ord, A: Allocator = Global> {
    heap: &'a mut BinaryHeap<T, A>,
    rebuild_from: usize,
}

impl<T: Ord, A: Allocator> Drop for RebuildOnDrop<'_, T, A> {
    fn drop(&mut self) { self.heap.rebuild_tail(self.rebuild_from); }
}

impl<T> BinaryHeap<T> {
    pub const fn new() -> BinaryHeap<T> { BinaryHeap { data: Vec::new() } }

    pub fn with_capacity(capacity: usize) -> BinaryHeap<T> { BinaryHeap { data: Vec::with_capacity(capacity) } }

    pub fn try_reserve_exact(&mut self, additional: usize) -> Result<(), TryReserveError> { self.try_grow(additional, true) }

    pub fn try_reserve(&mut self, additional: usize) -> Result<(), TryReserveError> { self.try_grow(additional, false) }

    /// Vec's try_reserve(_exact): grows the buffer as RawVec would, reporting failure instead of aborting.
    fn try_grow(&mut self, additional: usize, exact: bool) -> Result<(), TryReserveError> {
        let len = self.data.len();
        let cap = self.data.capacity();
        let p = self.data.as_mut_ptr();
        match super::vec_deque::try_grow_buffer::<T>(p, cap, len, additional, exact)? {
            None => {}
            Some((np, ncap)) => {
                // the old buffer was reallocated: forget it without freeing
                let old = mem::replace(&mut self.data, unsafe { Vec::from_raw_parts(np, len, ncap) });
                let _ = old.into_raw_parts();
            }
        }
        Ok(())
    }
}

impl<T: Ord, A: Allocator> BinaryHeap<T, A> {
    /// A PeekMut to the greatest element, or None if the heap is empty.
    pub fn peek_mut(&mut self) -> Option<PeekMut<'_, T, A>> {
        if self.is_empty() { None } else { Some(PeekMut { heap: self, original_len: None }) }
    }

    /// Removes the greatest element: the last one takes its place and sinks to the bottom, then rises.
    pub fn pop(&mut self) -> Option<T> {
        match self.data.pop() {
            None => None,
            Some(mut item) => {
                if !self.is_empty() {
                    mem::swap(&mut item, unsafe { &mut *self.data.as_mut_ptr() });
                    unsafe { self.sift_down_to_bottom(0) };
                }
                Some(item)
            }
        }
    }

    pub fn push(&mut self, item: T) {
        let old_len = self.len();
        self.data.push(item);
        unsafe { self.sift_up(0, old_len) };
    }

    /// The elements in ascending order (an in-place heap sort of the buffer).
    pub fn into_sorted_vec(mut self) -> Vec<T, A> {
        let mut end = self.len();
        while end > 1 {
            end -= 1;
            unsafe {
                let p = self.data.as_mut_ptr();
                ptr::swap(p, p.add(end));
            }
            unsafe { self.sift_down_range(0, end) };
        }
        self.into_vec()
    }

    /// Moves the element at pos up while it is greater than its parent; returns its new position.
    unsafe fn sift_up(&mut self, start: usize, pos: usize) -> usize {
        let mut hole = unsafe { Hole::new(self.data.as_mut_slice(), pos) };
        while hole.pos() > start {
            let parent = (hole.pos() - 1) / 2;
            if hole.element() <= unsafe { hole.get(parent) } {
                break;
            }
            unsafe { hole.move_to(parent) };
        }
        hole.pos()
    }

    /// Moves the element at pos down (within [0, end)) while a child is greater; returns its new position.
    unsafe fn sift_down_range(&mut self, pos: usize, end: usize) -> usize {
        let mut hole = unsafe { Hole::new(self.data.as_mut_slice(), pos) };
        let mut child = 2 * hole.pos() + 1;
        // Loop invariant: child == 2 * hole.pos() + 1.
        while child <= end.saturating_sub(2) {
            // compare with the greater of the two children
            child += unsafe { hole.get(child) <= hole.get(child + 1) } as usize;
            // if we are already in order, stop
            if hole.element() >= unsafe { hole.get(child) } {
                return hole.pos();
            }
            unsafe { hole.move_to(child) };
            child = 2 * hole.pos() + 1;
        }
        if child == end - 1 && hole.element() < unsafe { hole.get(child) } {
            unsafe { hole.move_to(child) };
        }
        hole.pos()
    }

    unsafe fn sift_down(&mut self, pos: usize) -> usize {
        let len = self.len();
        unsafe { self.sift_down_range(pos, len) }
    }

    /// Moves the element at pos all the way down to a leaf, then sifts it up (fewer comparisons for pop,
    /// whose element came from the bottom).
    unsafe fn sift_down_to_bottom(&mut self, mut pos: usize) {
        let end = self.len();
        let start = pos;
        {
            let mut hole = unsafe { Hole::new(self.data.as_mut_slice(), pos) };
            let mut child = 2 * hole.pos() + 1;
            while child <= end.saturating_sub(2) {
                child += unsafe { hole.get(child) <= hole.get(child + 1) } as usize;
                unsafe { hole.move_to(child) };
                child = 2 * hole.pos() + 1;
            }
            if child == end - 1 {
                unsafe { hole.move_to(child) };
            }
            pos = hole.pos();
        }
        unsafe { self.sift_up(start, pos) };
    }

    /// Restores the heap after elements were added from start on: a full rebuild or sifting each new
    /// element up, whichever std estimates cheaper.
    fn rebuild_tail(&mut self, start: usize) {
        if start == self.len() {
            return;
        }
        let tail_len = self.len() - start;
        fn log2_fast(x: usize) -> usize { (usize::BITS - x.leading_zeros() - 1) as usize }
        let better_to_rebuild = if start < tail_len {
            true
        } else if self.len() <= 2048 {
            2 * self.len() < tail_len * log2_fast(start)
        } else {
            2 * self.len() < tail_len * 11
        };
        if better_to_rebuild {
            self.rebuild();
        } else {
            let mut i = start;
            while i < self.len() {
                unsafe { self.sift_up(0, i) };
                i += 1;
            }
        }
    }

    /// Floyd's heapify: sifts down every parent, the last first.
    fn rebuild(&mut self) {
        let mut n = self.len() / 2;
        while n > 0 {
            n -= 1;
            unsafe { self.sift_down(n) };
        }
    }

    /// Moves all of other's elements into self (the smaller heap goes into the larger one).
    pub fn append(&mut self, other: &mut Self) {
        if self.len() < other.len() {
            mem::swap(self, other);
        }
        let start = self.data.len();
        self.data.append(&mut other.data);
        self.rebuild_tail(start);
    }

    /// Keeps the elements f accepts, then repairs the heap from the first removed position.
    pub fn retain<F: FnMut(&T) -> bool>(&mut self, mut f: F) {
        let len = self.len();
        let mut guard = RebuildOnDrop { rebuild_from: len, heap: self };
        let mut i = 0;
        let mut first_removed = len;
        guard.heap.data.retain(|e| {
            let keep = f(e);
            if !keep && i < first_removed {
                first_removed = i;
            }
            i += 1;
            keep
        });
        guard.rebuild_from = first_removed;
    }
}

impl<T, A: Allocator> BinaryHeap<T, A> {
    /// The elements in the heap's internal (Vec) order.
    pub fn iter(&self) -> Iter<'_, T> { Iter { iter: self.data.as_slice().iter() } }

    pub fn peek(&self) -> Option<&T> { self.data.as_slice().first() }

    pub fn capacity(&self) -> usize { self.data.capacity() }

    pub fn reserve_exact(&mut self, additional: usize) { self.data.reserve_exact(additional); }

    pub fn reserve(&mut self, additional: usize) { self.data.reserve(additional); }

    pub fn shrink_to_fit(&mut self) { self.data.shrink_to_fit(); }

    pub fn shrink_to(&mut self, min_capacity: usize) { self.data.shrink_to(min_capacity) }

    pub fn as_slice(&self) -> &[T] { self.data.as_slice() }

    pub fn into_vec(self) -> Vec<T, A> { self.data }

    pub fn len(&self) -> usize { self.data.len() }

    pub fn is_empty(&self) -> bool { self.len() == 0 }

    /// Removes every element, yielding them in heap order.
    pub fn drain(&mut self) -> Drain<'_, T, A> { Drain { iter: self.data.drain(..) } }

    pub fn clear(&mut self) { self.drain(); }
}

/// A gap in a slice at pos: the element taken out of it is written back where the gap ends up.
struct Hole<'a, T: 'a> {
    data: &'a mut [T],
    elt: ManuallyDrop<T>,
    pos: usize,
}

impl<'a, T> Hole<'a, T> {
    unsafe fn new(data: &'a mut [T], pos: usize) -> Self {
        let elt = unsafe { ptr::read(data.as_ptr().add(pos)) };
        Hole { data, elt: ManuallyDrop::new(elt), pos }
    }

    fn pos(&self) -> usize { self.pos }

    fn element(&self) -> &T { &*self.elt }

    unsafe fn get(&self, index: usize) -> &T { unsafe { &*self.data.as_ptr().add(index) } }

    /// Moves the element at index into the gap, which moves to index.
    unsafe fn move_to(&mut self, index: usize) {
        unsafe {
            let p = self.data.as_mut_ptr();
            let index_ptr: *const T = p.add(index);
            let hole_ptr = p.add(self.pos);
            ptr::copy_nonoverlapping(index_ptr, hole_ptr, 1);
        }
        self.pos = index;
    }
}

impl<T> Drop for Hole<'_, T> {
    fn drop(&mut self) {
        // fill the hole again
        unsafe {
            let pos = self.pos;
            ptr::copy_nonoverlapping(&*self.elt as *const T, self.data.as_mut_ptr().add(pos), 1);
        }
    }
}

// ------------------------------------------------------------------ iterators

pub struct Iter<'a, T: 'a> {
    iter: slice::Iter<'a, T>,
}

impl<T> Default for Iter<'_, T> {
    fn default() -> Self {
        let empty: &[T] = &[];
        Iter { iter: empty.iter() }
    }
}

impl<T: fmt::Debug> fmt::Debug for Iter<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.debug_tuple("Iter").field(&self.iter.as_slice()).finish() }
}

impl<T> Clone for Iter<'_, T> {
    fn clone(&self) -> Self { Iter { iter: self.iter.clone() } }
}

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;
    fn next(&mut self) -> Option<&'a T> { self.iter.next() }
    fn size_hint(&self) -> (usize, Option<usize>) { self.iter.size_hint() }
    fn last(self) -> Option<&'a T> { self.iter.last() }
}

impl<'a, T> DoubleEndedIterator for Iter<'a, T> {
    fn next_back(&mut self) -> Option<&'a T> { self.iter.next_back() }
}

impl<T> ExactSizeIterator for Iter<'_, T> {
    fn is_empty(&self) -> bool { self.iter.is_empty() }
}

impl<T> FusedIterator for Iter<'_, T> {}

/// The heap's Vec iterated by value (in heap order).
pub struct IntoIter<T, A: Allocator = Global> {
    iter: vec::IntoIter<T, A>,
}

impl<T: Clone> Clone for IntoIter<T> {
    fn clone(&self) -> Self { IntoIter { iter: self.iter.clone() } }
}

impl<T: fmt::Debug, A: Allocator> fmt::Debug for IntoIter<T, A> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.debug_tuple("IntoIter").field(&self.iter.as_slice()).finish() }
}

impl<T, A: Allocator> Iterator for IntoIter<T, A> {
    type Item = T;
    fn next(&mut self) -> Option<T> { self.iter.next() }
    fn size_hint(&self) -> (usize, Option<usize>) { self.iter.size_hint() }
    // (not TrustedLen in std: collecting it into a Vec reuses the heap's buffer, in place)
    fn __in_place_source(&mut self) -> Option<&mut dyn vec::InPlaceSource> { self.iter.__in_place_source() }
}

impl<T, A: Allocator> DoubleEndedIterator for IntoIter<T, A> {
    fn next_back(&mut self) -> Option<T> { self.iter.next_back() }
}

impl<T, A: Allocator> ExactSizeIterator for IntoIter<T, A> {
    fn is_empty(&self) -> bool { self.iter.is_empty() }
}

impl<T, A: Allocator> FusedIterator for IntoIter<T, A> {}

impl<T> Default for IntoIter<T> {
    fn default() -> Self { IntoIter { iter: Vec::new().into_iter() } }
}

/// The heap's elements moved out by drain(), in heap order.
pub struct Drain<'a, T: 'a, A: Allocator = Global> {
    iter: vec::Drain<'a, T, A>,
}

impl<T: fmt::Debug, A: Allocator> fmt::Debug for Drain<'_, T, A> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Drain").field("iter", &DrainDebug(self.iter.as_slice())).finish()
    }
}

/// vec::Drain's Debug: `Drain([..])`.
struct DrainDebug<'a, T>(&'a [T]);

impl<T: fmt::Debug> fmt::Debug for DrainDebug<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.debug_tuple("Drain").field(&self.0).finish() }
}

impl<T, A: Allocator> Iterator for Drain<'_, T, A> {
    type Item = T;
    fn next(&mut self) -> Option<T> { self.iter.next() }
    fn size_hint(&self) -> (usize, Option<usize>) { self.iter.size_hint() }
}

impl<T, A: Allocator> DoubleEndedIterator for Drain<'_, T, A> {
    fn next_back(&mut self) -> Option<T> { self.iter.next_back() }
}

impl<T, A: Allocator> ExactSizeIterator for Drain<'_, T, A> {
    fn is_empty(&self) -> bool { self.iter.is_empty() }
}

impl<T, A: Allocator> FusedIterator for Drain<'_, T, A> {}

// ------------------------------------------------------------------ conversions

impl<T: Ord> From<Vec<T>> for BinaryHeap<T> {
    /// Heapifies the Vec in place (O(n)).
    fn from(vec: Vec<T>) -> BinaryHeap<T> {
        let mut heap = BinaryHeap { data: vec };
        heap.rebuild();
        heap
    }
}

impl<T: Ord, const N: usize> From<[T; N]> for BinaryHeap<T> {
    fn from(arr: [T; N]) -> Self { Self::from_iter(arr) }
}

impl<T> From<BinaryHeap<T>> for Vec<T> {
    fn from(heap: BinaryHeap<T>) -> Vec<T> { heap.into_vec() }
}

impl<T: Ord> FromIterator<T> for BinaryHeap<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> BinaryHeap<T> {
        let v: Vec<T> = iter.into_iter().collect();
        BinaryHeap::from(v)
    }
}

impl<T, A: Allocator> IntoIterator for BinaryHeap<T, A> {
    type Item = T;
    type IntoIter = IntoIter<T, A>;
    fn into_iter(self) -> IntoIter<T, A> { IntoIter { iter: self.into_vec().into_iter() } }
}

impl<'a, T, A: Allocator> IntoIterator for &'a BinaryHeap<T, A> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;
    fn into_iter(self) -> Iter<'a, T> { self.iter() }
}

impl<T: Ord, A: Allocator> Extend<T> for BinaryHeap<T, A> {
    /// Appends to the Vec, then repairs the heap (a rebuild or sifting up, as append).
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        let len = self.len();
        let guard = RebuildOnDrop { rebuild_from: len, heap: self };
        guard.heap.data.extend(iter);
    }
    fn extend_one(&mut self, item: T) { self.push(item); }
    fn extend_reserve(&mut self, additional: usize) { self.reserve(additional); }
}

impl<'a, T: 'a + Ord + Copy, A: Allocator> Extend<&'a T> for BinaryHeap<T, A> {
    fn extend<I: IntoIterator<Item = &'a T>>(&mut self, iter: I) { self.extend(iter.into_iter().cloned()); }
    fn extend_one(&mut self, item: &'a T) { self.push(*item); }
    fn extend_reserve(&mut self, additional: usize) { self.reserve(additional); }
}
