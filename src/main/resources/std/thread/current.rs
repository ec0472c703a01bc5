// The current thread's handle (std 1.95's thread/current.rs): kept in TLS (CURRENT); the main thread's is
// made by the first current(), a spawned thread's is set when it starts and dropped when it ends.
use super::thread::{MAIN_THREAD_ID, Thread, ThreadId};
use crate::mem::ManuallyDrop;

const NONE: usize = 0;
const BUSY: usize = 1;
const DESTROYED: usize = 2;

/// Sets a spawned thread's handle when it starts.
pub(crate) fn set_current(thread: Thread) -> Result<(), Thread> {
    let data = match super::local::thread_data() {
        Some(d) => d,
        None => return Err(thread),
    };
    if data.current.get() as usize != NONE {
        return Err(thread);
    }
    data.current.set(thread.into_raw() as *mut ());
    Ok(())
}

fn current_id() -> ThreadId { ThreadId::from_u64(crate::intrinsics::thread_current_id()) }

pub(crate) fn current_or_unnamed() -> Thread {
    let data = match super::local::thread_data() {
        Some(d) => d,
        None => return Thread::new(current_id(), None),
    };
    let current = data.current.get() as usize;
    if current > DESTROYED {
        unsafe {
            let current = ManuallyDrop::new(Thread::from_raw(current as *const ()));
            (*current).clone()
        }
    } else if current == DESTROYED {
        Thread::new(current_id(), None)
    } else {
        init_current(current)
    }
}

/// A handle to the thread that calls it.
pub fn current() -> Thread {
    let current = match super::local::thread_data() {
        Some(d) => d.current.get() as usize,
        None => DESTROYED,
    };
    if current > DESTROYED {
        unsafe {
            let current = ManuallyDrop::new(Thread::from_raw(current as *const ()));
            (*current).clone()
        }
    } else {
        init_current(current)
    }
}

#[cold]
fn init_current(current: usize) -> Thread {
    if current == NONE {
        let data = super::local::thread_data().unwrap();
        data.current.set(BUSY as *mut ());
        let id = current_id();
        let _ = MAIN_THREAD_ID;
        let thread = Thread::new(id, None);
        data.current.set(thread.clone().into_raw() as *mut ());
        thread
    } else if current == BUSY {
        crate::io::_eprint(format_args!(
            "fatal runtime error: init_current() was re-entrant, which indicates a bug in the Rust threading implementation, aborting\n"));
        crate::intrinsics::abort()
    } else {
        panic!("use of std::thread::current() is not possible after the thread's local data has been destroyed")
    }
}

/// Drops a spawned thread's handle when it ends (std's thread cleanup).
pub(crate) fn drop_current() {
    let data = match super::local::thread_data() {
        Some(d) => d,
        None => return,
    };
    let current = data.current.get() as usize;
    if current > DESTROYED {
        unsafe {
            data.current.set(DESTROYED as *mut ());
            drop(Thread::from_raw(current as *const ()));
        }
    }
}

/// The running thread's name as std's with_current_name gives it ("main" for the main thread).
pub(crate) fn current_name() -> Option<&'static str> {
    let data = super::local::thread_data()?;
    let current = data.current.get() as usize;
    if current > DESTROYED {
        let thread = ManuallyDrop::new(unsafe { Thread::from_raw(current as *const ()) });
        let name = thread.name()?;
        // the handle outlives this use: CURRENT holds it until the thread ends
        Some(unsafe { &*(name as *const str) })
    } else if crate::intrinsics::thread_current_id() == MAIN_THREAD_ID {
        Some("main")
    } else {
        None
    }
}
