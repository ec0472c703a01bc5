// std::sync::Barrier (std 1.95's, over a non-poisoning Mutex and a Condvar).
use crate::cell::UnsafeCell;
use crate::fmt;
use crate::panic::RefUnwindSafe;
use crate::sync::sys;

/// std's sync::nonpoison::Mutex as Barrier uses it: the futex mutex and the data, no poison flag.
struct NonpoisonMutex<T> {
    inner: sys::Mutex,
    data: UnsafeCell<T>,
}

pub struct Barrier {
    lock: NonpoisonMutex<BarrierState>,
    cvar: sys::Condvar,
    num_threads: usize,
}

unsafe impl Sync for Barrier {}
unsafe impl Send for Barrier {}
impl RefUnwindSafe for Barrier {}

struct BarrierState {
    count: usize,
    generation_id: usize,
}

pub struct BarrierWaitResult(bool);

impl fmt::Debug for Barrier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.debug_struct("Barrier").finish_non_exhaustive() }
}

impl Barrier {
    pub const fn new(n: usize) -> Barrier {
        Barrier {
            lock: NonpoisonMutex { inner: sys::Mutex::new(), data: UnsafeCell::new(BarrierState { count: 0, generation_id: 0 }) },
            cvar: sys::Condvar::new(),
            num_threads: n,
        }
    }

    pub fn wait(&self) -> BarrierWaitResult {
        self.lock.inner.lock();
        let state = self.lock.data.get();
        let result = unsafe {
            let local_gen = (*state).generation_id;
            (*state).count += 1;
            if (*state).count < self.num_threads {
                while local_gen == (*state).generation_id {
                    self.cvar.wait(&self.lock.inner);
                }
                BarrierWaitResult(false)
            } else {
                (*state).count = 0;
                (*state).generation_id = (*state).generation_id.wrapping_add(1);
                self.cvar.notify_all();
                BarrierWaitResult(true)
            }
        };
        unsafe { self.lock.inner.unlock() };
        result
    }
}

impl fmt::Debug for BarrierWaitResult {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BarrierWaitResult").field("is_leader", &self.is_leader()).finish()
    }
}

impl BarrierWaitResult {
    pub fn is_leader(&self) -> bool { self.0 }
}
