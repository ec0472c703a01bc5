// A buffer of capacity T's on the heap with std's growth policy (alloc::raw_vec): the first allocation
// holds 8 elements of 1 byte, 4 up to 1 KiB, else 1; then the capacity doubles (or takes what is needed).
use crate::alloc::{self, Allocator, Global, Layout};
use crate::marker::PhantomData;
use crate::ptr::Unique;

/// A capacity: at most isize::MAX (its niche is what rustc's Cap has).
#[rustc_layout_scalar_valid_range_end(9223372036854775807)]
#[derive(Copy, Clone)]
#[repr(transparent)]
pub(crate) struct Cap(usize);

pub(crate) struct RawVecInner<A: Allocator = Global> {
    ptr: Unique<u8>,
    cap: Cap,
    alloc: A,
}

pub(crate) struct RawVec<T, A: Allocator = Global> {
    inner: RawVecInner<A>,
    _marker: PhantomData<T>,
}

const fn min_non_zero_cap(size: usize) -> usize {
    if size == 1 { 8 } else if size <= 1024 { 4 } else { 1 }
}

pub(crate) fn capacity_overflow() -> ! { std_panic!("alloc/src/raw_vec/mod.rs", 28, 5, "capacity overflow") }

impl<T> RawVec<T, Global> {
    pub(crate) const fn new() -> Self {
        let cap = if crate::intrinsics::size_of::<T>() == 0 { usize::MAX } else { 0 };
        RawVec {
            inner: RawVecInner { ptr: unsafe { Unique::new_unchecked(crate::intrinsics::align_of::<T>() as *mut u8) }, cap: unsafe { Cap(cap) }, alloc: Global },
            _marker: PhantomData,
        }
    }

    #[track_caller]
    pub(crate) fn with_capacity(capacity: usize) -> Self {
        let size = crate::intrinsics::size_of::<T>();
        if size == 0 || capacity == 0 {
            return Self::new();
        }
        let layout = match Layout::array::<T>(capacity) {
            Ok(l) => l,
            Err(_) => capacity_overflow(),
        };
        let p = unsafe { alloc::alloc(layout) };
        if p.is_null() {
            alloc::handle_alloc_error(layout);
        }
        RawVec { inner: RawVecInner { ptr: unsafe { Unique::new_unchecked(p) }, cap: unsafe { Cap(capacity) }, alloc: Global }, _marker: PhantomData }
    }

    #[track_caller]
    pub(crate) fn with_capacity_zeroed(capacity: usize) -> Self {
        let size = crate::intrinsics::size_of::<T>();
        if size == 0 || capacity == 0 {
            return Self::new();
        }
        let layout = match Layout::array::<T>(capacity) {
            Ok(l) => l,
            Err(_) => capacity_overflow(),
        };
        let p = unsafe { alloc::alloc_zeroed(layout) };
        if p.is_null() {
            alloc::handle_alloc_error(layout);
        }
        RawVec { inner: RawVecInner { ptr: unsafe { Unique::new_unchecked(p) }, cap: unsafe { Cap(capacity) }, alloc: Global }, _marker: PhantomData }
    }

    pub(crate) unsafe fn from_raw_parts(ptr: *mut T, capacity: usize) -> Self {
        let cap = if crate::intrinsics::size_of::<T>() == 0 { usize::MAX } else { capacity };
        RawVec { inner: RawVecInner { ptr: unsafe { Unique::new_unchecked(ptr as *mut u8) }, cap: unsafe { Cap(cap) }, alloc: Global }, _marker: PhantomData }
    }
}

impl<T, A: Allocator> RawVec<T, A> {
    pub(crate) const fn ptr(&self) -> *mut T { self.inner.ptr.as_ptr() as *mut T }
    pub(crate) const fn capacity(&self) -> usize { self.inner.cap.0 }
    pub(crate) fn inner_alloc(&self) -> &A { &self.inner.alloc }

    fn current_layout(&self) -> Option<Layout> {
        let size = crate::intrinsics::size_of::<T>();
        if size == 0 || self.inner.cap.0 == 0 {
            None
        } else {
            Some(unsafe { Layout::from_size_align_unchecked(size * self.inner.cap.0, crate::intrinsics::align_of::<T>()) })
        }
    }

    fn set_ptr_and_cap(&mut self, ptr: *mut u8, cap: usize) {
        self.inner.ptr = unsafe { Unique::new_unchecked(ptr) };
        self.inner.cap = unsafe { Cap(cap) };
    }

    /// Allocates cap elements anew, or reallocates the current buffer to them.
    #[track_caller]
    fn finish_grow(&mut self, cap: usize) {
        let new_layout = match Layout::array::<T>(cap) {
            Ok(l) => l,
            Err(_) => capacity_overflow(),
        };
        let p = match self.current_layout() {
            Some(old) => unsafe { alloc::realloc(self.inner.ptr.as_ptr(), old, new_layout.size()) },
            None => unsafe { alloc::alloc(new_layout) },
        };
        if p.is_null() {
            alloc::handle_alloc_error(new_layout);
        }
        self.set_ptr_and_cap(p, cap);
    }

    #[track_caller]
    pub(crate) fn grow_amortized(&mut self, len: usize, additional: usize) {
        if crate::intrinsics::size_of::<T>() == 0 {
            capacity_overflow();
        }
        let required_cap = match len.checked_add(additional) {
            Some(c) => c,
            None => capacity_overflow(),
        };
        let mut cap = self.inner.cap.0 * 2;
        if required_cap > cap {
            cap = required_cap;
        }
        let min = min_non_zero_cap(crate::intrinsics::size_of::<T>());
        if min > cap {
            cap = min;
        }
        self.finish_grow(cap);
    }

    #[track_caller]
    pub(crate) fn grow_exact(&mut self, len: usize, additional: usize) {
        if crate::intrinsics::size_of::<T>() == 0 {
            capacity_overflow();
        }
        let cap = match len.checked_add(additional) {
            Some(c) => c,
            None => capacity_overflow(),
        };
        self.finish_grow(cap);
    }

    /// RawVec::try_reserve(_exact): std's error instead of a panic or an abort.
    pub(crate) fn try_reserve(&mut self, len: usize, additional: usize, exact: bool) -> Result<(), crate::collections::TryReserveError> {
        use crate::collections::TryReserveError;
        if !self.needs_to_grow(len, additional) {
            return Ok(());
        }
        let size = crate::intrinsics::size_of::<T>();
        if size == 0 {
            return Err(TryReserveError::capacity_overflow());
        }
        let required = match len.checked_add(additional) {
            Some(c) => c,
            None => return Err(TryReserveError::capacity_overflow()),
        };
        let mut cap = required;
        if !exact {
            let doubled = self.inner.cap.0 * 2;
            if doubled > cap {
                cap = doubled;
            }
            let min = min_non_zero_cap(size);
            if min > cap {
                cap = min;
            }
        }
        let new_layout = match Layout::array::<T>(cap) {
            Ok(l) => l,
            Err(_) => return Err(TryReserveError::capacity_overflow()),
        };
        let p = match self.current_layout() {
            Some(old) => unsafe { alloc::realloc(self.inner.ptr.as_ptr(), old, new_layout.size()) },
            None => unsafe { alloc::alloc(new_layout) },
        };
        if p.is_null() {
            return Err(TryReserveError::alloc_error(new_layout));
        }
        self.set_ptr_and_cap(p, cap);
        Ok(())
    }

    #[track_caller]
    pub(crate) fn grow_one(&mut self) {
        let len = self.inner.cap.0;
        self.grow_amortized(len, 1);
    }

    fn needs_to_grow(&self, len: usize, additional: usize) -> bool { additional > self.capacity().wrapping_sub(len) }

    #[track_caller]
    pub(crate) fn reserve(&mut self, len: usize, additional: usize) {
        if self.needs_to_grow(len, additional) {
            self.grow_amortized(len, additional);
        }
    }

    #[track_caller]
    pub(crate) fn reserve_exact(&mut self, len: usize, additional: usize) {
        if self.needs_to_grow(len, additional) {
            self.grow_exact(len, additional);
        }
    }

    /// Shrinks the buffer to cap elements (freeing it at 0).
    pub(crate) fn shrink_to_fit(&mut self, cap: usize) {
        if cap >= self.capacity() || crate::intrinsics::size_of::<T>() == 0 {
            return;
        }
        let old = match self.current_layout() {
            Some(l) => l,
            None => return,
        };
        if cap == 0 {
            unsafe { alloc::dealloc(self.inner.ptr.as_ptr(), old) };
            self.set_ptr_and_cap(crate::intrinsics::align_of::<T>() as *mut u8, 0);
        } else {
            let new_size = crate::intrinsics::size_of::<T>() * cap;
            let p = unsafe { alloc::realloc(self.inner.ptr.as_ptr(), old, new_size) };
            if p.is_null() {
                alloc::handle_alloc_error(unsafe { Layout::from_size_align_unchecked(new_size, old.align()) });
            }
            self.set_ptr_and_cap(p, cap);
        }
    }
}

impl<T, A: Allocator> Drop for RawVec<T, A> {
    fn drop(&mut self) {
        if let Some(layout) = self.current_layout() {
            unsafe { alloc::dealloc(self.inner.ptr.as_ptr(), layout) }
        }
    }
}

unsafe impl<T: Send, A: Allocator + Send> Send for RawVec<T, A> {}
unsafe impl<T: Sync, A: Allocator + Sync> Sync for RawVec<T, A> {}
