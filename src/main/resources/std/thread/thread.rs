// std::thread::Thread and ThreadId (std 1.95's thread.rs and id.rs): a Thread is an Arc'd Inner {name: the
// name as a C string, id, parker}; ThreadIds count from 1 (the main thread).
use crate::fmt;
use crate::hash::{Hash, Hasher};
use crate::string::String;
use crate::sync::Arc;
use crate::sync::atomic::{AtomicU64, Ordering};
use crate::sync::sys::Parker;
use crate::time::Duration;

/// A u64 that is never 0 (NonZero<u64>): Option<ThreadId> is 8 bytes.
#[rustc_layout_scalar_valid_range_start(1)]
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq)]
struct NonZeroU64(u64);

#[def_path = "std::thread::id"]

#[derive(Eq, PartialEq, Clone, Copy)]
pub struct ThreadId(NonZeroU64);

impl ThreadId {
    /// The next id: the main thread has 1, spawned threads 2, 3, ... in the order they are spawned.
    pub(crate) fn new() -> ThreadId {
        static COUNTER: AtomicU64 = AtomicU64::new(1);
        let mut last = COUNTER.load(Ordering::Relaxed);
        loop {
            let id = match last.checked_add(1) {
                Some(id) => id,
                None => panic!("failed to generate unique thread ID: bitspace exhausted"),
            };
            match COUNTER.compare_exchange_weak(last, id, Ordering::Relaxed, Ordering::Relaxed) {
                Ok(_) => return ThreadId(unsafe { NonZeroU64(id) }),
                Err(id) => last = id,
            }
        }
    }

    pub(crate) fn from_u64(v: u64) -> ThreadId { ThreadId(unsafe { NonZeroU64(v) }) }

    pub(crate) fn as_u64(&self) -> u64 { self.0.0 }
}

impl Hash for ThreadId {
    fn hash<H: Hasher>(&self, state: &mut H) { self.0.0.hash(state) }
}

impl fmt::Debug for ThreadId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.debug_tuple("ThreadId").field(&self.0.0).finish() }
}

/// The id of the main thread.
pub(crate) const MAIN_THREAD_ID: u64 = 1;

/// std's ThreadNameString: the name as a CString (its bytes and a NUL, in a boxed slice).
pub(crate) struct ThreadNameString {
    inner: crate::boxed::Box<[u8]>,
}

impl ThreadNameString {
    pub(crate) fn from_string(s: String) -> ThreadNameString {
        // CString::new: no interior NUL, then the NUL pushed after an exact reserve
        let mut v = s.into_bytes();
        if let Some(pos) = v.iter().position(|&b| b == 0) {
            panic!("thread name may not contain interior null bytes: NulError({}, {:?})", pos, v);
        }
        v.reserve_exact(1);
        v.push(0);
        ThreadNameString { inner: v.into_boxed_slice() }
    }

    pub(crate) fn as_str(&self) -> &str {
        let len = self.inner.len() - 1;
        unsafe { crate::str::from_utf8_unchecked(&self.inner[..len]) }
    }
}

#[repr(align(8))]
pub(crate) struct Inner {
    name: Option<ThreadNameString>,
    id: ThreadId,
    parker: Parker,
}

#[derive(Clone)]
pub struct Thread {
    inner: Arc<Inner>,
}

impl Thread {
    pub(crate) fn new(id: ThreadId, name: Option<String>) -> Thread {
        let name = match name {
            Some(s) => Some(ThreadNameString::from_string(s)),
            None => None,
        };
        let mut arc = Arc::<Inner>::new_uninit();
        unsafe {
            let ptr = Arc::as_ptr(&arc) as *mut Inner;
            crate::ptr::write(&raw mut (*ptr).name, name);
            crate::ptr::write(&raw mut (*ptr).id, id);
            crate::ptr::write(&raw mut (*ptr).parker, Parker::new());
            let _ = &mut arc;
            Thread { inner: arc.assume_init() }
        }
    }

    pub(crate) unsafe fn park(&self) { unsafe { self.inner.parker.park() } }

    pub(crate) unsafe fn park_timeout(&self, dur: Duration) { unsafe { self.inner.parker.park_timeout(dur) } }

    pub fn unpark(&self) { self.inner.parker.unpark(); }

    pub fn id(&self) -> ThreadId { self.inner.id }

    pub fn name(&self) -> Option<&str> {
        if let Some(name) = &self.inner.name {
            Some(name.as_str())
        } else if self.inner.id.as_u64() == MAIN_THREAD_ID {
            Some("main")
        } else {
            None
        }
    }

    /// The name a spawned thread reports in panic messages (None: '<unnamed>').
    pub(crate) fn spawn_name(&self) -> Option<&str> {
        match &self.inner.name {
            Some(name) => Some(name.as_str()),
            None => None,
        }
    }

    pub(crate) fn into_raw(self) -> *const () { Arc::into_raw(self.inner) as *const () }

    pub(crate) unsafe fn from_raw(ptr: *const ()) -> Thread { unsafe { Thread { inner: Arc::from_raw(ptr as *const Inner) } } }
}

impl fmt::Debug for Thread {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Thread").field("id", &self.id()).field("name", &self.name()).finish_non_exhaustive()
    }
}
