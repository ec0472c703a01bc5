// vec_deque::Drain: moves a range out of a deque. The deque's len is cut to the drain's start while it
// lives; dropping it drops what was not taken and closes the hole by moving the shorter side.
use crate::alloc::{Allocator, Global};
use crate::fmt;
use crate::iter::FusedIterator;
use crate::marker::PhantomData;
use crate::ptr::{self, NonNull};

use super::VecDeque;

pub struct Drain<'a, T: 'a, A: Allocator = Global> {
    // a pointer rather than &mut VecDeque, as std (keeps Drain covariant in T)
    deque: NonNull<VecDeque<T, A>>,
    // drain_start is kept in deque.len
    drain_len: usize,
    // logical index of the next element to yield
    idx: usize,
    // the number of elements after the drained range
    tail_len: usize,
    remaining: usize,
    _marker: PhantomData<&'a T>,
}

impl<'a, T, A: Allocator> Drain<'a, T, A> {
    pub(super) unsafe fn new(deque: &'a mut VecDeque<T, A>, drain_start: usize, drain_len: usize) -> Self {
        let orig_len = crate::mem::replace(&mut deque.len, drain_start);
        let tail_len = orig_len - drain_start - drain_len;
        Drain { deque: NonNull::from_ref(&*deque), drain_len, idx: drain_start, tail_len, remaining: drain_len, _marker: PhantomData }
    }

    /// The not yet yielded elements as two slice pointers (only while remaining != 0).
    unsafe fn as_slices(&self) -> (*mut [T], *mut [T]) {
        unsafe {
            let deque = self.deque.as_ref();
            let start = self.idx;
            let end = self.idx + self.remaining;
            let (a_range, b_range) = deque.slice_ranges(start..end, end);
            (deque.buffer_range(a_range), deque.buffer_range(b_range))
        }
    }
}

impl<T: fmt::Debug, A: Allocator> fmt::Debug for Drain<'_, T, A> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Drain").field(&self.drain_len).field(&self.idx).field(&self.tail_len).field(&self.remaining).finish()
    }
}

impl<T, A: Allocator> Drop for Drain<'_, T, A> {
    fn drop(&mut self) {
        if crate::mem::needs_drop::<T>() && self.remaining != 0 {
            unsafe {
                let (front, back) = self.as_slices();
                let front_len = crate::intrinsics::ptr_metadata_len(front as *const [T]);
                self.idx += front_len;
                self.remaining -= front_len;
                ptr::drop_in_place(front);
                self.remaining = 0;
                ptr::drop_in_place(back);
            }
        }

        let source_deque = unsafe { &mut *self.deque.as_ptr() };
        let drain_len = self.drain_len;
        let head_len = source_deque.len; // elements in front of the drain
        let tail_len = self.tail_len; // elements behind the drain
        let new_len = head_len + tail_len;

        if crate::intrinsics::size_of::<T>() == 0 {
            source_deque.len = new_len;
            return;
        }

        // Draining at the front or at the back moves nothing; otherwise the shorter side moves.
        if head_len != 0 && tail_len != 0 {
            let src;
            let dst;
            let len;
            if head_len < tail_len {
                src = source_deque.head;
                dst = source_deque.to_physical_idx(drain_len);
                len = head_len;
            } else {
                src = source_deque.to_physical_idx(head_len + drain_len);
                dst = source_deque.to_physical_idx(head_len);
                len = tail_len;
            }
            unsafe { source_deque.wrap_copy(src, dst, len) };
        }

        if new_len == 0 {
            // everything was drained: the head goes back to 0, as clear() leaves it
            source_deque.head = 0;
        } else if head_len < tail_len {
            // the head part moved
            source_deque.head = source_deque.to_physical_idx(drain_len);
        }
        source_deque.len = new_len;
    }
}

impl<T, A: Allocator> Iterator for Drain<'_, T, A> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        if self.remaining == 0 {
            return None;
        }
        let wrapped_idx = unsafe { self.deque.as_ref().to_physical_idx(self.idx) };
        self.idx += 1;
        self.remaining -= 1;
        Some(unsafe { (*self.deque.as_ptr()).buffer_read(wrapped_idx) })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let len = self.remaining;
        (len, Some(len))
    }

}

impl<T, A: Allocator> DoubleEndedIterator for Drain<'_, T, A> {
    fn next_back(&mut self) -> Option<T> {
        if self.remaining == 0 {
            return None;
        }
        self.remaining -= 1;
        let wrapped_idx = unsafe { self.deque.as_ref().to_physical_idx(self.idx + self.remaining) };
        Some(unsafe { (*self.deque.as_ptr()).buffer_read(wrapped_idx) })
    }
}

impl<T, A: Allocator> ExactSizeIterator for Drain<'_, T, A> {}

impl<T, A: Allocator> FusedIterator for Drain<'_, T, A> {}

unsafe impl<T: Sync, A: Allocator + Sync> Sync for Drain<'_, T, A> {}
unsafe impl<T: Send, A: Allocator + Send> Send for Drain<'_, T, A> {}
