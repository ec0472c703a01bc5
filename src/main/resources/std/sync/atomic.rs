// std::sync::atomic (core::sync::atomic): the atomic types as core 1.95 lays them out (#[repr(C, align(N))]
// around an UnsafeCell of the integer), each operation one interpreter step (the scheduler runs one thread at
// a time, so every ordering behaves as SeqCst). The orderings are checked as core checks them.
use crate::cell::UnsafeCell;
use crate::fmt;
use crate::intrinsics;

#[derive(Copy, Clone, Debug, Eq, PartialEq, Hash)]
#[non_exhaustive]
pub enum Ordering {
    Relaxed,
    Release,
    Acquire,
    AcqRel,
    SeqCst,
}

use self::Ordering::*;

#[track_caller]
fn check_store(order: Ordering) {
    match order {
        Acquire => panic!("there is no such thing as an acquire store"),
        AcqRel => panic!("there is no such thing as an acquire-release store"),
        _ => {}
    }
}

#[track_caller]
fn check_load(order: Ordering) {
    match order {
        Release => panic!("there is no such thing as a release load"),
        AcqRel => panic!("there is no such thing as an acquire-release load"),
        _ => {}
    }
}

#[track_caller]
fn check_failure(failure: Ordering) {
    match failure {
        AcqRel => panic!("there is no such thing as an acquire-release failure ordering"),
        Release => panic!("there is no such thing as a release failure ordering"),
        _ => {}
    }
}

/// The old value of compare_and_swap's success ordering as a failure ordering.
fn strongest_failure_ordering(order: Ordering) -> Ordering {
    match order {
        Release => Relaxed,
        Relaxed => Relaxed,
        SeqCst => SeqCst,
        Acquire => Acquire,
        AcqRel => Acquire,
    }
}

unsafe fn atomic_compare_exchange<T: Copy>(dst: *mut T, old: T, new: T, _success: Ordering, failure: Ordering) -> Result<T, T> {
    check_failure(failure);
    let (val, ok) = unsafe { intrinsics::atomic_cxchg(dst, old, new) };
    if ok { Ok(val) } else { Err(val) }
}

// ------------------------------------------------------------------ AtomicBool

#[repr(C, align(1))]
pub struct AtomicBool {
    v: UnsafeCell<u8>,
}

impl Default for AtomicBool {
    fn default() -> Self { Self::new(false) }
}

unsafe impl Sync for AtomicBool {}
impl crate::panic::RefUnwindSafe for AtomicBool {}

#[deprecated(since = "1.34.0", note = "the `new` function is now preferred")]
pub const ATOMIC_BOOL_INIT: AtomicBool = AtomicBool::new(false);

impl AtomicBool {
    pub const fn new(v: bool) -> AtomicBool { AtomicBool { v: UnsafeCell::new(v as u8) } }
    pub const unsafe fn from_ptr<'a>(ptr: *mut bool) -> &'a AtomicBool { unsafe { &*(ptr as *mut AtomicBool) } }
    pub fn get_mut(&mut self) -> &mut bool { unsafe { &mut *(self.v.get() as *mut bool) } }
    pub const fn into_inner(self) -> bool { unsafe { *(&self.v as *const UnsafeCell<u8> as *const bool) } }

    #[track_caller]
    pub fn load(&self, order: Ordering) -> bool {
        check_load(order);
        unsafe { intrinsics::atomic_load(self.v.get() as *const u8) != 0 }
    }

    #[track_caller]
    pub fn store(&self, val: bool, order: Ordering) {
        check_store(order);
        unsafe { intrinsics::atomic_store(self.v.get(), val as u8) }
    }

    pub fn swap(&self, val: bool, _order: Ordering) -> bool { unsafe { intrinsics::atomic_xchg(self.v.get(), val as u8) != 0 } }

    #[deprecated(since = "1.50.0", note = "Use `compare_exchange` or `compare_exchange_weak` instead")]
    pub fn compare_and_swap(&self, current: bool, new: bool, order: Ordering) -> bool {
        match self.compare_exchange(current, new, order, strongest_failure_ordering(order)) {
            Ok(x) => x,
            Err(x) => x,
        }
    }

    #[track_caller]
    pub fn compare_exchange(&self, current: bool, new: bool, success: Ordering, failure: Ordering) -> Result<bool, bool> {
        match unsafe { atomic_compare_exchange(self.v.get(), current as u8, new as u8, success, failure) } {
            Ok(x) => Ok(x != 0),
            Err(x) => Err(x != 0),
        }
    }

    #[track_caller]
    pub fn compare_exchange_weak(&self, current: bool, new: bool, success: Ordering, failure: Ordering) -> Result<bool, bool> {
        self.compare_exchange(current, new, success, failure)
    }

    pub fn fetch_and(&self, val: bool, _order: Ordering) -> bool { unsafe { intrinsics::atomic_and(self.v.get(), val as u8) != 0 } }

    pub fn fetch_nand(&self, val: bool, order: Ordering) -> bool {
        // core: !(x & true) == !x, and !(x & false) == true
        if val {
            self.fetch_xor(true, order)
        } else {
            self.swap(true, order)
        }
    }

    pub fn fetch_or(&self, val: bool, _order: Ordering) -> bool { unsafe { intrinsics::atomic_or(self.v.get(), val as u8) != 0 } }
    pub fn fetch_xor(&self, val: bool, _order: Ordering) -> bool { unsafe { intrinsics::atomic_xor(self.v.get(), val as u8) != 0 } }
    pub fn fetch_not(&self, order: Ordering) -> bool { self.fetch_xor(true, order) }
    pub const fn as_ptr(&self) -> *mut bool { self.v.get() as *mut bool }

    pub fn fetch_update<F>(&self, set_order: Ordering, fetch_order: Ordering, f: F) -> Result<bool, bool>
    where F: FnMut(bool) -> Option<bool> {
        self.try_update(set_order, fetch_order, f)
    }

    pub fn try_update(&self, set_order: Ordering, fetch_order: Ordering, mut f: impl FnMut(bool) -> Option<bool>) -> Result<bool, bool> {
        let mut prev = self.load(fetch_order);
        while let Some(next) = f(prev) {
            match self.compare_exchange_weak(prev, next, set_order, fetch_order) {
                x @ Ok(_) => return x,
                Err(next_prev) => prev = next_prev,
            }
        }
        Err(prev)
    }

    pub fn update(&self, set_order: Ordering, fetch_order: Ordering, mut f: impl FnMut(bool) -> bool) -> bool {
        let mut prev = self.load(fetch_order);
        loop {
            match self.compare_exchange_weak(prev, f(prev), set_order, fetch_order) {
                Ok(x) => break x,
                Err(next_prev) => prev = next_prev,
            }
        }
    }
}

impl From<bool> for AtomicBool {
    fn from(b: bool) -> Self { Self::new(b) }
}

impl fmt::Debug for AtomicBool {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { fmt::Debug::fmt(&self.load(Ordering::Relaxed), f) }
}

// ------------------------------------------------------------------ AtomicPtr

#[repr(C, align(8))]
pub struct AtomicPtr<T> {
    p: UnsafeCell<*mut T>,
}

impl<T> Default for AtomicPtr<T> {
    fn default() -> AtomicPtr<T> { AtomicPtr::new(crate::ptr::null_mut()) }
}

unsafe impl<T> Send for AtomicPtr<T> {}
unsafe impl<T> Sync for AtomicPtr<T> {}
impl<T> crate::panic::RefUnwindSafe for AtomicPtr<T> {}

impl<T> AtomicPtr<T> {
    pub const fn new(p: *mut T) -> AtomicPtr<T> { AtomicPtr { p: UnsafeCell::new(p) } }
    pub const unsafe fn from_ptr<'a>(ptr: *mut *mut T) -> &'a AtomicPtr<T> { unsafe { &*(ptr as *mut AtomicPtr<T>) } }
    pub fn get_mut(&mut self) -> &mut *mut T { self.p.get_mut() }
    pub const fn into_inner(self) -> *mut T { unsafe { *(&self.p as *const UnsafeCell<*mut T> as *const *mut T) } }

    #[track_caller]
    pub fn load(&self, order: Ordering) -> *mut T {
        check_load(order);
        unsafe { intrinsics::atomic_load(self.p.get() as *const *mut T) }
    }

    #[track_caller]
    pub fn store(&self, ptr: *mut T, order: Ordering) {
        check_store(order);
        unsafe { intrinsics::atomic_store(self.p.get(), ptr) }
    }

    pub fn swap(&self, ptr: *mut T, _order: Ordering) -> *mut T { unsafe { intrinsics::atomic_xchg(self.p.get(), ptr) } }

    #[deprecated(since = "1.50.0", note = "Use `compare_exchange` or `compare_exchange_weak` instead")]
    pub fn compare_and_swap(&self, current: *mut T, new: *mut T, order: Ordering) -> *mut T {
        match self.compare_exchange(current, new, order, strongest_failure_ordering(order)) {
            Ok(x) => x,
            Err(x) => x,
        }
    }

    #[track_caller]
    pub fn compare_exchange(&self, current: *mut T, new: *mut T, success: Ordering, failure: Ordering) -> Result<*mut T, *mut T> {
        unsafe { atomic_compare_exchange(self.p.get(), current, new, success, failure) }
    }

    #[track_caller]
    pub fn compare_exchange_weak(&self, current: *mut T, new: *mut T, success: Ordering, failure: Ordering) -> Result<*mut T, *mut T> {
        self.compare_exchange(current, new, success, failure)
    }

    pub fn fetch_update<F>(&self, set_order: Ordering, fetch_order: Ordering, f: F) -> Result<*mut T, *mut T>
    where F: FnMut(*mut T) -> Option<*mut T> {
        self.try_update(set_order, fetch_order, f)
    }

    pub fn try_update(&self, set_order: Ordering, fetch_order: Ordering, mut f: impl FnMut(*mut T) -> Option<*mut T>)
        -> Result<*mut T, *mut T> {
        let mut prev = self.load(fetch_order);
        while let Some(next) = f(prev) {
            match self.compare_exchange_weak(prev, next, set_order, fetch_order) {
                x @ Ok(_) => return x,
                Err(next_prev) => prev = next_prev,
            }
        }
        Err(prev)
    }

    pub fn update(&self, set_order: Ordering, fetch_order: Ordering, mut f: impl FnMut(*mut T) -> *mut T) -> *mut T {
        let mut prev = self.load(fetch_order);
        loop {
            match self.compare_exchange_weak(prev, f(prev), set_order, fetch_order) {
                Ok(x) => break x,
                Err(next_prev) => prev = next_prev,
            }
        }
    }

    pub fn fetch_ptr_add(&self, val: usize, order: Ordering) -> *mut T {
        self.fetch_byte_add(val.wrapping_mul(crate::mem::size_of::<T>()), order)
    }
    pub fn fetch_ptr_sub(&self, val: usize, order: Ordering) -> *mut T {
        self.fetch_byte_sub(val.wrapping_mul(crate::mem::size_of::<T>()), order)
    }
    pub fn fetch_byte_add(&self, val: usize, _order: Ordering) -> *mut T {
        unsafe { intrinsics::atomic_xadd(self.p.get() as *mut usize, val) as *mut T }
    }
    pub fn fetch_byte_sub(&self, val: usize, _order: Ordering) -> *mut T {
        unsafe { intrinsics::atomic_xsub(self.p.get() as *mut usize, val) as *mut T }
    }
    pub fn fetch_or(&self, val: usize, _order: Ordering) -> *mut T {
        unsafe { intrinsics::atomic_or(self.p.get() as *mut usize, val) as *mut T }
    }
    pub fn fetch_and(&self, val: usize, _order: Ordering) -> *mut T {
        unsafe { intrinsics::atomic_and(self.p.get() as *mut usize, val) as *mut T }
    }
    pub fn fetch_xor(&self, val: usize, _order: Ordering) -> *mut T {
        unsafe { intrinsics::atomic_xor(self.p.get() as *mut usize, val) as *mut T }
    }
    pub const fn as_ptr(&self) -> *mut *mut T { self.p.get() }
}

impl<T> From<*mut T> for AtomicPtr<T> {
    fn from(p: *mut T) -> Self { Self::new(p) }
}

impl<T> fmt::Debug for AtomicPtr<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { fmt::Debug::fmt(&self.load(Ordering::Relaxed), f) }
}

impl<T> fmt::Pointer for AtomicPtr<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { fmt::Pointer::fmt(&self.load(Ordering::Relaxed), f) }
}

// ------------------------------------------------------------------ the integer atomics

macro_rules! atomic_int {
    ($int_type:ident $atomic_type:ident $align:literal $max_fn:ident $min_fn:ident) => {
        #[repr(C, align($align))]
        pub struct $atomic_type {
            v: UnsafeCell<$int_type>,
        }

        impl Default for $atomic_type {
            fn default() -> Self { Self::new(Default::default()) }
        }

        impl From<$int_type> for $atomic_type {
            fn from(v: $int_type) -> Self { Self::new(v) }
        }

        impl fmt::Debug for $atomic_type {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { fmt::Debug::fmt(&self.load(Ordering::Relaxed), f) }
        }

        unsafe impl Sync for $atomic_type {}
        impl crate::panic::RefUnwindSafe for $atomic_type {}

        impl $atomic_type {
            pub const fn new(v: $int_type) -> Self { Self { v: UnsafeCell::new(v) } }
            pub const unsafe fn from_ptr<'a>(ptr: *mut $int_type) -> &'a $atomic_type { unsafe { &*(ptr as *mut $atomic_type) } }
            pub fn get_mut(&mut self) -> &mut $int_type { self.v.get_mut() }
            pub const fn into_inner(self) -> $int_type { unsafe { *(&self.v as *const UnsafeCell<$int_type> as *const $int_type) } }

            #[track_caller]
            pub fn load(&self, order: Ordering) -> $int_type {
                check_load(order);
                unsafe { intrinsics::atomic_load(self.v.get() as *const $int_type) }
            }

            #[track_caller]
            pub fn store(&self, val: $int_type, order: Ordering) {
                check_store(order);
                unsafe { intrinsics::atomic_store(self.v.get(), val) }
            }

            pub fn swap(&self, val: $int_type, _order: Ordering) -> $int_type { unsafe { intrinsics::atomic_xchg(self.v.get(), val) } }

            #[deprecated(since = "1.50.0", note = "Use `compare_exchange` or `compare_exchange_weak` instead")]
            pub fn compare_and_swap(&self, current: $int_type, new: $int_type, order: Ordering) -> $int_type {
                match self.compare_exchange(current, new, order, strongest_failure_ordering(order)) {
                    Ok(x) => x,
                    Err(x) => x,
                }
            }

            #[track_caller]
            pub fn compare_exchange(&self, current: $int_type, new: $int_type, success: Ordering, failure: Ordering)
                -> Result<$int_type, $int_type> {
                unsafe { atomic_compare_exchange(self.v.get(), current, new, success, failure) }
            }

            #[track_caller]
            pub fn compare_exchange_weak(&self, current: $int_type, new: $int_type, success: Ordering, failure: Ordering)
                -> Result<$int_type, $int_type> {
                self.compare_exchange(current, new, success, failure)
            }

            pub fn fetch_add(&self, val: $int_type, _order: Ordering) -> $int_type { unsafe { intrinsics::atomic_xadd(self.v.get(), val) } }
            pub fn fetch_sub(&self, val: $int_type, _order: Ordering) -> $int_type { unsafe { intrinsics::atomic_xsub(self.v.get(), val) } }
            pub fn fetch_and(&self, val: $int_type, _order: Ordering) -> $int_type { unsafe { intrinsics::atomic_and(self.v.get(), val) } }
            pub fn fetch_nand(&self, val: $int_type, _order: Ordering) -> $int_type { unsafe { intrinsics::atomic_nand(self.v.get(), val) } }
            pub fn fetch_or(&self, val: $int_type, _order: Ordering) -> $int_type { unsafe { intrinsics::atomic_or(self.v.get(), val) } }
            pub fn fetch_xor(&self, val: $int_type, _order: Ordering) -> $int_type { unsafe { intrinsics::atomic_xor(self.v.get(), val) } }
            pub fn fetch_max(&self, val: $int_type, _order: Ordering) -> $int_type { unsafe { intrinsics::$max_fn(self.v.get(), val) } }
            pub fn fetch_min(&self, val: $int_type, _order: Ordering) -> $int_type { unsafe { intrinsics::$min_fn(self.v.get(), val) } }

            pub fn fetch_update<F>(&self, set_order: Ordering, fetch_order: Ordering, f: F) -> Result<$int_type, $int_type>
            where F: FnMut($int_type) -> Option<$int_type> {
                self.try_update(set_order, fetch_order, f)
            }

            pub fn try_update(&self, set_order: Ordering, fetch_order: Ordering, mut f: impl FnMut($int_type) -> Option<$int_type>)
                -> Result<$int_type, $int_type> {
                let mut prev = self.load(fetch_order);
                while let Some(next) = f(prev) {
                    match self.compare_exchange_weak(prev, next, set_order, fetch_order) {
                        x @ Ok(_) => return x,
                        Err(next_prev) => prev = next_prev,
                    }
                }
                Err(prev)
            }

            pub fn update(&self, set_order: Ordering, fetch_order: Ordering, mut f: impl FnMut($int_type) -> $int_type) -> $int_type {
                let mut prev = self.load(fetch_order);
                loop {
                    match self.compare_exchange_weak(prev, f(prev), set_order, fetch_order) {
                        Ok(x) => break x,
                        Err(next_prev) => prev = next_prev,
                    }
                }
            }

            pub const fn as_ptr(&self) -> *mut $int_type { self.v.get() }
        }
    };
}

atomic_int!(i8 AtomicI8 1 atomic_max atomic_min);
atomic_int!(u8 AtomicU8 1 atomic_umax atomic_umin);
atomic_int!(i16 AtomicI16 2 atomic_max atomic_min);
atomic_int!(u16 AtomicU16 2 atomic_umax atomic_umin);
atomic_int!(i32 AtomicI32 4 atomic_max atomic_min);
atomic_int!(u32 AtomicU32 4 atomic_umax atomic_umin);
atomic_int!(i64 AtomicI64 8 atomic_max atomic_min);
atomic_int!(u64 AtomicU64 8 atomic_umax atomic_umin);
atomic_int!(isize AtomicIsize 8 atomic_max atomic_min);
atomic_int!(usize AtomicUsize 8 atomic_umax atomic_umin);

#[deprecated(since = "1.34.0", note = "the `new` function is now preferred")]
pub const ATOMIC_ISIZE_INIT: AtomicIsize = AtomicIsize::new(0);
#[deprecated(since = "1.34.0", note = "the `new` function is now preferred")]
pub const ATOMIC_USIZE_INIT: AtomicUsize = AtomicUsize::new(0);

/// A memory fence: ordering only matters with threads running at once, which rustmem's never do.
#[track_caller]
pub fn fence(order: Ordering) {
    if let Relaxed = order {
        panic!("there is no such thing as a relaxed fence");
    }
    intrinsics::atomic_fence();
}

#[track_caller]
pub fn compiler_fence(order: Ordering) {
    if let Relaxed = order {
        panic!("there is no such thing as a relaxed fence");
    }
}

#[deprecated(since = "1.51.0", note = "use hint::spin_loop instead")]
pub fn spin_loop_hint() {}
