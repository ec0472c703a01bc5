// std::sync::LazyLock (std 1.95's): a Once and a union of the initializer and the value.
use crate::cell::UnsafeCell;
use crate::fmt;
use crate::mem::ManuallyDrop;
use crate::ops::{Deref, DerefMut};
use crate::panic::{RefUnwindSafe, UnwindSafe};
use crate::sync::Once;
use crate::sync::once::OnceExclusiveState;

union Data<T, F> {
    value: ManuallyDrop<T>,
    f: ManuallyDrop<F>,
}

pub struct LazyLock<T, F = fn() -> T> {
    once: Once,
    data: UnsafeCell<Data<T, F>>,
}

impl<T, F: FnOnce() -> T> LazyLock<T, F> {
    pub const fn new(f: F) -> LazyLock<T, F> { LazyLock { once: Once::new(), data: UnsafeCell::new(Data { f: ManuallyDrop::new(f) }) } }

    pub fn force_mut(this: &mut LazyLock<T, F>) -> &mut T {
        let state = this.once.state();
        match state {
            OnceExclusiveState::Poisoned => panic_poisoned(),
            OnceExclusiveState::Complete => unsafe { &mut this.data.get_mut().value },
            OnceExclusiveState::Incomplete => unsafe { really_init_mut(this) },
        }
    }

    pub fn force(this: &LazyLock<T, F>) -> &T {
        this.once.call_once_force(|state| {
            if state.is_poisoned() {
                panic_poisoned();
            }
            let data = unsafe { &mut *this.data.get() };
            let f = unsafe { ManuallyDrop::take(&mut data.f) };
            let value = f();
            data.value = ManuallyDrop::new(value);
        });
        unsafe { &*(*this.data.get()).value }
    }
}

struct PoisonOnPanic<'a, T, F>(&'a mut LazyLock<T, F>);

impl<T, F> Drop for PoisonOnPanic<'_, T, F> {
    fn drop(&mut self) { self.0.once.set_state(OnceExclusiveState::Poisoned); }
}

unsafe fn really_init_mut<T, F: FnOnce() -> T>(this: &mut LazyLock<T, F>) -> &mut T {
    let f = unsafe { ManuallyDrop::take(&mut this.data.get_mut().f) };
    let guard = PoisonOnPanic(this);
    let data = f();
    guard.0.data.get_mut().value = ManuallyDrop::new(data);
    guard.0.once.set_state(OnceExclusiveState::Complete);
    let this = unsafe { &mut *(guard.0 as *mut LazyLock<T, F>) };
    crate::mem::forget(guard);
    unsafe { &mut this.data.get_mut().value }
}

impl<T, F> LazyLock<T, F> {
    pub fn get_mut(this: &mut LazyLock<T, F>) -> Option<&mut T> {
        match this.once.state() {
            OnceExclusiveState::Complete => Some(unsafe { &mut this.data.get_mut().value }),
            _ => None,
        }
    }

    pub fn get(this: &LazyLock<T, F>) -> Option<&T> {
        if this.once.is_completed() { Some(unsafe { &(*this.data.get()).value }) } else { None }
    }
}

impl<T, F> Drop for LazyLock<T, F> {
    fn drop(&mut self) {
        match self.once.state() {
            OnceExclusiveState::Incomplete => unsafe { ManuallyDrop::drop(&mut self.data.get_mut().f) },
            OnceExclusiveState::Complete => unsafe { ManuallyDrop::drop(&mut self.data.get_mut().value) },
            OnceExclusiveState::Poisoned => {}
        }
    }
}

impl<T, F: FnOnce() -> T> Deref for LazyLock<T, F> {
    type Target = T;
    fn deref(&self) -> &T { LazyLock::force(self) }
}

impl<T, F: FnOnce() -> T> DerefMut for LazyLock<T, F> {
    fn deref_mut(&mut self) -> &mut T { LazyLock::force_mut(self) }
}

impl<T: Default> Default for LazyLock<T> {
    fn default() -> LazyLock<T> { LazyLock::new(T::default) }
}

impl<T: fmt::Debug, F> fmt::Debug for LazyLock<T, F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = f.debug_tuple("LazyLock");
        match LazyLock::get(self) {
            Some(v) => d.field(v),
            None => d.field(&format_args!("<uninit>")),
        };
        d.finish()
    }
}

#[cold]
fn panic_poisoned() -> ! { std_panic!("std/src/sync/lazy_lock.rs", 410, 5, "LazyLock instance has previously been poisoned") }

unsafe impl<T: Sync + Send, F: Send> Sync for LazyLock<T, F> {}
impl<T: RefUnwindSafe + UnwindSafe, F: UnwindSafe> RefUnwindSafe for LazyLock<T, F> {}
impl<T: UnwindSafe, F: UnwindSafe> UnwindSafe for LazyLock<T, F> {}
