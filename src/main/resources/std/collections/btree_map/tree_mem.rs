// alloc::collections::btree::mem (named tree_mem here, beside crate::mem): replacing a value behind a unique reference through a function.
use crate::{intrinsics, mem, ptr};

/// This replaces the value behind the `v` unique reference by calling the relevant function.
/// If a panic occurs in the `change` closure, the entire process will be aborted.
pub(crate) fn take_mut<T, F: FnOnce(T) -> T>(v: &mut T, change: F) {
    replace(v, |value| (change(value), ()))
}

struct PanicGuard;
impl Drop for PanicGuard {
    fn drop(&mut self) {
        intrinsics::abort()
    }
}

/// This replaces the value behind the `v` unique reference by calling the relevant function, and
/// returns a result obtained along the way.
/// If a panic occurs in the `change` closure, the entire process will be aborted.
pub(crate) fn replace<T, R, F: FnOnce(T) -> (T, R)>(v: &mut T, change: F) -> R {
    let guard = PanicGuard;
    let value = unsafe { ptr::read(v) };
    let (new_value, ret) = change(value);
    unsafe {
        ptr::write(v, new_value);
    }
    mem::forget(guard);
    ret
}
