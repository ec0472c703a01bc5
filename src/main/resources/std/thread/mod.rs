// std::thread (std 1.95's): spawning (Builder, spawn, scope), the Thread handle and its ThreadId, the current
// thread, sleeping, parking and yielding, and thread-locals (LocalKey, thread_local!). A thread is started
// with rustmem's thread_spawn intrinsic; its scheduler runs one thread at a time (switching where one blocks,
// sleeps, parks or yields) and sleeping advances a virtual clock.
use crate::any::Any;

#[macro_use]
pub mod local;
mod current;
mod functions;
mod lifecycle;
mod scoped;
mod thread;

pub use self::current::current;
pub(crate) use self::current::{current_or_unnamed, drop_current};
pub use self::functions::{available_parallelism, panicking, park, park_timeout, sleep, spawn, yield_now};
#[allow(deprecated)]
pub use self::functions::{park_timeout_ms, sleep_ms};
pub use self::lifecycle::{Builder, JoinHandle};
pub(crate) use self::lifecycle::add_spawn_hook;
pub use self::local::{AccessError, LocalKey};
pub use self::scoped::{Scope, ScopedJoinHandle, scope};
pub use self::thread::{Thread, ThreadId};

/// What the thread_local! macro expands to uses (std's thread::local_impl).
#[doc(hidden)]
pub mod local_impl {
    pub use super::local::{EagerStorage, LazyStorage};
}

pub type Result<T> = crate::result::Result<T, crate::boxed::Box<dyn Any + Send + 'static>>;
