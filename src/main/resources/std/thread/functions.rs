// std::thread's free functions (std 1.95's thread/functions.rs) on rustmem's thread intrinsics.
use super::current::current;
use super::lifecycle::{Builder, JoinHandle};
use crate::fmt;
use crate::time::Duration;

pub fn spawn<F, T>(f: F) -> JoinHandle<T>
where
    F: FnOnce() -> T,
    F: Send + 'static,
    T: Send + 'static,
{
    Builder::new().spawn(f).expect("failed to spawn thread")
}

pub fn yield_now() { crate::intrinsics::thread_yield_now() }

pub fn panicking() -> bool { crate::intrinsics::panicking() }

#[deprecated(since = "1.6.0", note = "replaced by `std::thread::sleep`")]
pub fn sleep_ms(ms: u32) { sleep(Duration::from_millis(ms as u64)) }

/// Sleeps for at least dur (of the virtual clock).
pub fn sleep(dur: Duration) {
    let mut nanos = dur.as_nanos();
    while nanos > 0 {
        let step = if nanos > u64::MAX as u128 { u64::MAX } else { nanos as u64 };
        crate::intrinsics::thread_sleep(step);
        nanos -= step as u128;
    }
}

pub fn park() {
    unsafe {
        current().park();
    }
}

#[deprecated(since = "1.6.0", note = "replaced by `std::thread::park_timeout`")]
pub fn park_timeout_ms(ms: u32) { park_timeout(Duration::from_millis(ms as u64)) }

pub fn park_timeout(dur: Duration) {
    unsafe {
        current().park_timeout(dur);
    }
}

/// How many threads the program can run in parallel: rustmem's simulated machine has 2 CPUs.
pub fn available_parallelism() -> crate::io::Result<NonZeroUsize> { Ok(NonZeroUsize(2)) }

/// The count available_parallelism returns (std's NonZero<usize>).
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NonZeroUsize(usize);

impl NonZeroUsize {
    pub const fn get(self) -> usize { self.0 }
}

impl fmt::Debug for NonZeroUsize {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { fmt::Debug::fmt(&self.0, f) }
}

impl fmt::Display for NonZeroUsize {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { fmt::Display::fmt(&self.0, f) }
}

impl From<NonZeroUsize> for usize {
    fn from(n: NonZeroUsize) -> usize { n.0 }
}
