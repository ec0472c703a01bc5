// std::sync (std 1.95's): Arc and Weak, the atomics, the locks (Mutex, RwLock, Condvar with poisoning),
// Once, OnceLock, LazyLock, Barrier and the mpsc channels, over the futex primitives of sync::sys.
#[def_path = "core::sync::atomic"]
pub mod atomic;
pub mod mpsc;

#[def_path = "alloc::sync"]

mod arc;
mod barrier;
mod lazy_lock;
mod mpmc;
pub(crate) mod once;
mod once_lock;
mod poison;
pub(crate) mod sys;

pub use self::arc::{Arc, Weak};
pub use self::barrier::{Barrier, BarrierWaitResult};
pub use self::lazy_lock::LazyLock;
#[allow(deprecated)]
pub use self::once::ONCE_INIT;
pub use self::once::{Once, OnceState};
pub use self::once_lock::OnceLock;
pub use self::poison::{Condvar, LockResult, Mutex, MutexGuard, PoisonError, RwLock, RwLockReadGuard, RwLockWriteGuard,
                       TryLockError, TryLockResult};

/// Whether a Condvar wait ended by its timeout.
#[derive(Debug, PartialEq, Eq, Copy, Clone)]
pub struct WaitTimeoutResult(bool);

impl WaitTimeoutResult {
    pub fn timed_out(&self) -> bool { self.0 }
}
