// std::sync::Once (std 1.95's over the futex Once).
use crate::fmt;
use crate::panic::{RefUnwindSafe, UnwindSafe};
use crate::sync::sys;

pub(crate) use crate::sync::sys::OnceExclusiveState;

pub struct Once {
    inner: sys::Once,
}

impl UnwindSafe for Once {}
impl RefUnwindSafe for Once {}

pub struct OnceState {
    pub(crate) inner: sys::OnceState,
}

#[deprecated(since = "1.38.0", note = "the `Once::new()` function is now preferred")]
pub const ONCE_INIT: Once = Once::new();

impl Once {
    pub const fn new() -> Once { Once { inner: sys::Once::new() } }

    #[track_caller]
    pub fn call_once<F>(&self, f: F)
    where F: FnOnce() {
        if self.inner.is_completed() {
            return;
        }
        let mut f = Some(f);
        self.inner.call(false, &mut |_| f.take().unwrap()());
    }

    pub fn call_once_force<F>(&self, f: F)
    where F: FnOnce(&OnceState) {
        if self.inner.is_completed() {
            return;
        }
        let mut f = Some(f);
        self.inner.call(true, &mut |p| f.take().unwrap()(p));
    }

    pub fn is_completed(&self) -> bool { self.inner.is_completed() }

    pub fn wait(&self) {
        if !self.inner.is_completed() {
            self.inner.wait(false);
        }
    }

    pub fn wait_force(&self) {
        if !self.inner.is_completed() {
            self.inner.wait(true);
        }
    }

    pub(crate) fn state(&mut self) -> OnceExclusiveState { self.inner.state() }

    pub(crate) fn set_state(&mut self, new_state: OnceExclusiveState) { self.inner.set_state(new_state); }
}

impl fmt::Debug for Once {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.debug_struct("Once").finish_non_exhaustive() }
}

impl OnceState {
    pub fn is_poisoned(&self) -> bool { self.inner.is_poisoned() }
    pub(crate) fn poison(&self) { self.inner.poison(); }
}

impl fmt::Debug for OnceState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OnceState").field("poisoned", &self.is_poisoned()).finish()
    }
}
