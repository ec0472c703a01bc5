// std::sync::poison: the poison flag a lock guard sets when its thread panics while holding it, and the
// errors lock operations return (PoisonError, TryLockError); Mutex, RwLock and Condvar (std 1.95's).
pub use self::condvar::Condvar;
pub use self::mutex::{Mutex, MutexGuard};
pub use self::rwlock::{RwLock, RwLockReadGuard, RwLockWriteGuard};
use crate::error::Error;
use crate::fmt;
use crate::sync::atomic::{AtomicBool, Ordering};

mod condvar;
mod mutex;
mod rwlock;

pub(crate) struct Flag {
    failed: AtomicBool,
}

impl Flag {
    pub(crate) const fn new() -> Flag { Flag { failed: AtomicBool::new(false) } }

    pub(crate) fn borrow(&self) -> LockResult<()> { if self.get() { Err(PoisonError::new(())) } else { Ok(()) } }

    pub(crate) fn guard(&self) -> LockResult<Guard> {
        let ret = Guard { panicking: crate::intrinsics::panicking() };
        if self.get() { Err(PoisonError::new(ret)) } else { Ok(ret) }
    }

    pub(crate) fn done(&self, guard: &Guard) {
        if !guard.panicking && crate::intrinsics::panicking() {
            self.failed.store(true, Ordering::Relaxed);
        }
    }

    pub(crate) fn get(&self) -> bool { self.failed.load(Ordering::Relaxed) }

    pub(crate) fn clear(&self) { self.failed.store(false, Ordering::Relaxed) }
}

#[derive(Clone)]
pub(crate) struct Guard {
    panicking: bool,
}

/// A lock's result when a thread panicked holding it: the guard is still inside.
pub struct PoisonError<T> {
    data: T,
}

pub enum TryLockError<T> {
    Poisoned(PoisonError<T>),
    WouldBlock,
}

pub type LockResult<T> = Result<T, PoisonError<T>>;

pub type TryLockResult<Guard> = Result<Guard, TryLockError<Guard>>;

impl<T> fmt::Debug for PoisonError<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.debug_struct("PoisonError").finish_non_exhaustive() }
}

impl<T> fmt::Display for PoisonError<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { fmt::Display::fmt("poisoned lock: another task failed inside", f) }
}

impl<T> Error for PoisonError<T> {
    #[allow(deprecated)]
    fn description(&self) -> &str { "poisoned lock: another task failed inside" }
}

impl<T> PoisonError<T> {
    pub fn new(data: T) -> PoisonError<T> { PoisonError { data } }
    pub fn into_inner(self) -> T { self.data }
    pub fn get_ref(&self) -> &T { &self.data }
    pub fn get_mut(&mut self) -> &mut T { &mut self.data }
}

impl<T> From<PoisonError<T>> for TryLockError<T> {
    fn from(err: PoisonError<T>) -> TryLockError<T> { TryLockError::Poisoned(err) }
}

impl<T> fmt::Debug for TryLockError<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            TryLockError::Poisoned(..) => fmt::Debug::fmt("Poisoned(..)", f),
            TryLockError::WouldBlock => fmt::Debug::fmt("WouldBlock", f),
        }
    }
}

impl<T> fmt::Display for TryLockError<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = match *self {
            TryLockError::Poisoned(..) => "poisoned lock: another task failed inside",
            TryLockError::WouldBlock => "try_lock failed because the operation would block",
        };
        fmt::Display::fmt(s, f)
    }
}

impl<T> Error for TryLockError<T> {
    #[allow(deprecated)]
    fn description(&self) -> &str {
        match *self {
            TryLockError::Poisoned(ref p) => p.description(),
            TryLockError::WouldBlock => "try_lock failed because the operation would block",
        }
    }

    #[allow(deprecated)]
    fn cause(&self) -> Option<&dyn Error> {
        match *self {
            TryLockError::Poisoned(ref p) => Some(p),
            _ => None,
        }
    }
}

pub(crate) fn map_result<T, U, F>(result: LockResult<T>, f: F) -> LockResult<U>
where F: FnOnce(T) -> U {
    match result {
        Ok(t) => Ok(f(t)),
        Err(PoisonError { data }) => Err(PoisonError::new(f(data))),
    }
}
