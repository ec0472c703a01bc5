// std::sys::sync on Linux: the futex-based Mutex, RwLock, Condvar, Once and thread Parker of std 1.95, their
// state words AtomicU32s that rustmem's futex_wait/futex_wake intrinsics block and wake threads on. (std spins
// a little before sleeping; with one thread running at a time a spin never sees a change, so none is done.)
use crate::cell::Cell;
use crate::sync::atomic::AtomicU32;
use crate::sync::atomic::Ordering::{Acquire, Relaxed, Release};
use crate::time::Duration;

pub(crate) type Futex = AtomicU32;
type Primitive = u32;

/// Blocks while the futex holds `expected`, until woken or the timeout passes (false when it timed out).
pub(crate) fn futex_wait(futex: &Futex, expected: u32, timeout: Option<Duration>) -> bool {
    let nanos = match timeout {
        None => u64::MAX,
        Some(d) => {
            let n = d.as_nanos();
            if n >= u64::MAX as u128 { u64::MAX - 1 } else { n as u64 }
        }
    };
    unsafe { crate::intrinsics::futex_wait(futex.as_ptr() as *const u32, expected, nanos) }
}

/// Wakes one waiter; std's returns whether one was woken: a waiter whose bit a lock saw set is always asleep
/// here (no thread is preempted between setting it and sleeping), so true.
pub(crate) fn futex_wake(futex: &Futex) -> bool {
    unsafe { crate::intrinsics::futex_wake(futex.as_ptr() as *const u32, false) };
    true
}

pub(crate) fn futex_wake_all(futex: &Futex) {
    unsafe { crate::intrinsics::futex_wake(futex.as_ptr() as *const u32, true) };
}

// ------------------------------------------------------------------ Mutex (sys::sync::mutex::futex)

pub(crate) struct Mutex {
    futex: Futex,
}

const UNLOCKED: Primitive = 0;
const LOCKED: Primitive = 1; // locked, no other threads waiting
const CONTENDED: Primitive = 2; // locked, and other threads waiting (contended)

impl Mutex {
    pub(crate) const fn new() -> Self { Self { futex: Futex::new(UNLOCKED) } }

    pub(crate) fn try_lock(&self) -> bool { self.futex.compare_exchange(UNLOCKED, LOCKED, Acquire, Relaxed).is_ok() }

    pub(crate) fn lock(&self) {
        if self.futex.compare_exchange(UNLOCKED, LOCKED, Acquire, Relaxed).is_err() {
            self.lock_contended();
        }
    }

    fn lock_contended(&self) {
        let mut state = self.futex.load(Relaxed);
        if state == UNLOCKED {
            match self.futex.compare_exchange(UNLOCKED, LOCKED, Acquire, Relaxed) {
                Ok(_) => return,
                Err(s) => state = s,
            }
        }
        loop {
            if state != CONTENDED && self.futex.swap(CONTENDED, Acquire) == UNLOCKED {
                return;
            }
            futex_wait(&self.futex, CONTENDED, None);
            state = self.futex.load(Relaxed);
        }
    }

    pub(crate) unsafe fn unlock(&self) {
        if self.futex.swap(UNLOCKED, Release) == CONTENDED {
            futex_wake(&self.futex);
        }
    }
}

// ------------------------------------------------------------------ Condvar (sys::sync::condvar::futex)

pub(crate) struct Condvar {
    futex: Futex,
}

impl Condvar {
    pub(crate) const fn new() -> Self { Self { futex: Futex::new(0) } }

    pub(crate) fn notify_one(&self) {
        self.futex.fetch_add(1, Relaxed);
        futex_wake(&self.futex);
    }

    pub(crate) fn notify_all(&self) {
        self.futex.fetch_add(1, Relaxed);
        futex_wake_all(&self.futex);
    }

    pub(crate) unsafe fn wait(&self, mutex: &Mutex) { unsafe { self.wait_optional_timeout(mutex, None) }; }

    pub(crate) unsafe fn wait_timeout(&self, mutex: &Mutex, timeout: Duration) -> bool {
        unsafe { self.wait_optional_timeout(mutex, Some(timeout)) }
    }

    unsafe fn wait_optional_timeout(&self, mutex: &Mutex, timeout: Option<Duration>) -> bool {
        let futex_value = self.futex.load(Relaxed);
        unsafe { mutex.unlock() };
        let r = futex_wait(&self.futex, futex_value, timeout);
        mutex.lock();
        r
    }
}

// ------------------------------------------------------------------ RwLock (sys::sync::rwlock::futex)

pub(crate) struct RwLock {
    state: Futex,
    writer_notify: Futex,
}

const READ_LOCKED: Primitive = 1;
const MASK: Primitive = (1 << 30) - 1;
const WRITE_LOCKED: Primitive = MASK;
const DOWNGRADE: Primitive = READ_LOCKED.wrapping_sub(WRITE_LOCKED);
const MAX_READERS: Primitive = MASK - 1;
const READERS_WAITING: Primitive = 1 << 30;
const WRITERS_WAITING: Primitive = 1 << 31;

fn is_unlocked(state: Primitive) -> bool { state & MASK == 0 }
fn is_write_locked(state: Primitive) -> bool { state & MASK == WRITE_LOCKED }
fn has_readers_waiting(state: Primitive) -> bool { state & READERS_WAITING != 0 }
fn has_writers_waiting(state: Primitive) -> bool { state & WRITERS_WAITING != 0 }
fn is_read_lockable(state: Primitive) -> bool {
    state & MASK < MAX_READERS && !has_readers_waiting(state) && !has_writers_waiting(state)
}
fn is_read_lockable_after_wakeup(state: Primitive) -> bool {
    state & MASK < MAX_READERS && !has_readers_waiting(state) && !is_write_locked(state) && !is_unlocked(state)
}
fn has_reached_max_readers(state: Primitive) -> bool { state & MASK == MAX_READERS }

impl RwLock {
    pub(crate) const fn new() -> Self { Self { state: Futex::new(0), writer_notify: Futex::new(0) } }

    pub(crate) fn try_read(&self) -> bool {
        self.state.try_update(Acquire, Relaxed, |s| if is_read_lockable(s) { Some(s + READ_LOCKED) } else { None }).is_ok()
    }

    pub(crate) fn read(&self) {
        let state = self.state.load(Relaxed);
        if !is_read_lockable(state) || self.state.compare_exchange_weak(state, state + READ_LOCKED, Acquire, Relaxed).is_err() {
            self.read_contended();
        }
    }

    pub(crate) unsafe fn read_unlock(&self) {
        let state = self.state.fetch_sub(READ_LOCKED, Release) - READ_LOCKED;
        if is_unlocked(state) && has_writers_waiting(state) {
            self.wake_writer_or_readers(state);
        }
    }

    fn read_contended(&self) {
        let mut has_slept = false;
        let mut state = self.state.load(Relaxed);
        loop {
            if (has_slept && is_read_lockable_after_wakeup(state)) || is_read_lockable(state) {
                match self.state.compare_exchange_weak(state, state + READ_LOCKED, Acquire, Relaxed) {
                    Ok(_) => return,
                    Err(s) => {
                        state = s;
                        continue;
                    }
                }
            }
            assert!(!has_reached_max_readers(state), "too many active read locks on RwLock");
            if !has_readers_waiting(state) {
                if let Err(s) = self.state.compare_exchange(state, state | READERS_WAITING, Relaxed, Relaxed) {
                    state = s;
                    continue;
                }
            }
            futex_wait(&self.state, state | READERS_WAITING, None);
            has_slept = true;
            state = self.state.load(Relaxed);
        }
    }

    pub(crate) fn try_write(&self) -> bool {
        self.state.try_update(Acquire, Relaxed, |s| if is_unlocked(s) { Some(s + WRITE_LOCKED) } else { None }).is_ok()
    }

    pub(crate) fn write(&self) {
        if self.state.compare_exchange_weak(0, WRITE_LOCKED, Acquire, Relaxed).is_err() {
            self.write_contended();
        }
    }

    pub(crate) unsafe fn write_unlock(&self) {
        let state = self.state.fetch_sub(WRITE_LOCKED, Release) - WRITE_LOCKED;
        if has_writers_waiting(state) || has_readers_waiting(state) {
            self.wake_writer_or_readers(state);
        }
    }

    pub(crate) unsafe fn downgrade(&self) {
        let state = self.state.fetch_add(DOWNGRADE, Release);
        if has_readers_waiting(state) {
            self.state.fetch_sub(READERS_WAITING, Relaxed);
            futex_wake_all(&self.state);
        }
    }

    fn write_contended(&self) {
        let mut state = self.state.load(Relaxed);
        let mut other_writers_waiting = 0;
        loop {
            if is_unlocked(state) {
                match self.state.compare_exchange_weak(state, state | WRITE_LOCKED | other_writers_waiting, Acquire, Relaxed) {
                    Ok(_) => return,
                    Err(s) => {
                        state = s;
                        continue;
                    }
                }
            }
            if !has_writers_waiting(state) {
                if let Err(s) = self.state.compare_exchange(state, state | WRITERS_WAITING, Relaxed, Relaxed) {
                    state = s;
                    continue;
                }
            }
            other_writers_waiting = WRITERS_WAITING;
            let seq = self.writer_notify.load(Acquire);
            state = self.state.load(Relaxed);
            if is_unlocked(state) || !has_writers_waiting(state) {
                continue;
            }
            futex_wait(&self.writer_notify, seq, None);
            state = self.state.load(Relaxed);
        }
    }

    fn wake_writer_or_readers(&self, mut state: Primitive) {
        assert!(is_unlocked(state));
        if state == WRITERS_WAITING {
            match self.state.compare_exchange(state, 0, Relaxed, Relaxed) {
                Ok(_) => {
                    self.wake_writer();
                    return;
                }
                Err(s) => state = s,
            }
        }
        if state == READERS_WAITING + WRITERS_WAITING {
            if self.state.compare_exchange(state, READERS_WAITING, Relaxed, Relaxed).is_err() {
                return;
            }
            if self.wake_writer() {
                return;
            }
            state = READERS_WAITING;
        }
        if state == READERS_WAITING {
            if self.state.compare_exchange(state, 0, Relaxed, Relaxed).is_ok() {
                futex_wake_all(&self.state);
            }
        }
    }

    fn wake_writer(&self) -> bool {
        self.writer_notify.fetch_add(1, Release);
        futex_wake(&self.writer_notify)
    }
}

// ------------------------------------------------------------------ Once (sys::sync::once::futex)

const INCOMPLETE: Primitive = 3;
const POISONED: Primitive = 2;
const RUNNING: Primitive = 1;
const COMPLETE: Primitive = 0;
const QUEUED: Primitive = 4;
const STATE_MASK: Primitive = 0b11;

pub(crate) struct OnceState {
    poisoned: bool,
    set_state_to: Cell<Primitive>,
}

impl OnceState {
    pub(crate) fn is_poisoned(&self) -> bool { self.poisoned }
    pub(crate) fn poison(&self) { self.set_state_to.set(POISONED); }
}

struct CompletionGuard<'a> {
    state_and_queued: &'a Futex,
    set_state_on_drop_to: Primitive,
}

impl<'a> Drop for CompletionGuard<'a> {
    fn drop(&mut self) {
        if self.state_and_queued.swap(self.set_state_on_drop_to, Release) & QUEUED != 0 {
            futex_wake_all(self.state_and_queued);
        }
    }
}

pub(crate) enum OnceExclusiveState {
    Incomplete,
    Poisoned,
    Complete,
}

pub(crate) struct Once {
    state_and_queued: Futex,
}

impl Once {
    pub(crate) const fn new() -> Once { Once { state_and_queued: Futex::new(INCOMPLETE) } }

    pub(crate) fn is_completed(&self) -> bool { self.state_and_queued.load(Acquire) == COMPLETE }

    pub(crate) fn state(&mut self) -> OnceExclusiveState {
        match *self.state_and_queued.get_mut() {
            INCOMPLETE => OnceExclusiveState::Incomplete,
            POISONED => OnceExclusiveState::Poisoned,
            COMPLETE => OnceExclusiveState::Complete,
            _ => unreachable!("invalid Once state"),
        }
    }

    pub(crate) fn set_state(&mut self, new_state: OnceExclusiveState) {
        *self.state_and_queued.get_mut() = match new_state {
            OnceExclusiveState::Incomplete => INCOMPLETE,
            OnceExclusiveState::Poisoned => POISONED,
            OnceExclusiveState::Complete => COMPLETE,
        };
    }

    #[track_caller]
    pub(crate) fn wait(&self, ignore_poisoning: bool) {
        let mut state_and_queued = self.state_and_queued.load(Acquire);
        loop {
            let state = state_and_queued & STATE_MASK;
            let queued = state_and_queued & QUEUED != 0;
            match state {
                COMPLETE => return,
                POISONED if !ignore_poisoning => {
                    panic!("Once instance has previously been poisoned");
                }
                _ => {
                    if !queued {
                        state_and_queued += QUEUED;
                        if let Err(new) = self.state_and_queued.compare_exchange_weak(state, state_and_queued, Relaxed, Acquire) {
                            state_and_queued = new;
                            continue;
                        }
                    }
                    futex_wait(&self.state_and_queued, state_and_queued, None);
                    state_and_queued = self.state_and_queued.load(Acquire);
                }
            }
        }
    }

    #[track_caller]
    pub(crate) fn call(&self, ignore_poisoning: bool, f: &mut dyn FnMut(&crate::sync::once::OnceState)) {
        let mut state_and_queued = self.state_and_queued.load(Acquire);
        loop {
            let state = state_and_queued & STATE_MASK;
            let queued = state_and_queued & QUEUED != 0;
            match state {
                COMPLETE => return,
                POISONED if !ignore_poisoning => {
                    panic!("Once instance has previously been poisoned");
                }
                INCOMPLETE | POISONED => {
                    let next = RUNNING + if queued { QUEUED } else { 0 };
                    if let Err(new) = self.state_and_queued.compare_exchange_weak(state_and_queued, next, Acquire, Acquire) {
                        state_and_queued = new;
                        continue;
                    }
                    let mut waiter_queue = CompletionGuard { state_and_queued: &self.state_and_queued, set_state_on_drop_to: POISONED };
                    let f_state = crate::sync::once::OnceState {
                        inner: OnceState { poisoned: state == POISONED, set_state_to: Cell::new(COMPLETE) },
                    };
                    f(&f_state);
                    waiter_queue.set_state_on_drop_to = f_state.inner.set_state_to.get();
                    return;
                }
                _ => {
                    assert!(state == RUNNING);
                    if !queued {
                        state_and_queued += QUEUED;
                        if let Err(new) = self.state_and_queued.compare_exchange_weak(state, state_and_queued, Relaxed, Acquire) {
                            state_and_queued = new;
                            continue;
                        }
                    }
                    futex_wait(&self.state_and_queued, state_and_queued, None);
                    state_and_queued = self.state_and_queued.load(Acquire);
                }
            }
        }
    }
}

// ------------------------------------------------------------------ Parker (sys::sync::thread_parking::futex)

const PARKED: Primitive = u32::MAX;
const EMPTY: Primitive = 0;
const NOTIFIED: Primitive = 1;

pub(crate) struct Parker {
    state: Futex,
}

impl Parker {
    pub(crate) const fn new() -> Parker { Parker { state: Futex::new(EMPTY) } }

    pub(crate) unsafe fn park(&self) {
        if self.state.fetch_sub(1, Acquire) == NOTIFIED {
            return;
        }
        loop {
            futex_wait(&self.state, PARKED, None);
            if self.state.compare_exchange(NOTIFIED, EMPTY, Acquire, Acquire).is_ok() {
                return;
            }
        }
    }

    pub(crate) unsafe fn park_timeout(&self, timeout: Duration) {
        if self.state.fetch_sub(1, Acquire) == NOTIFIED {
            return;
        }
        futex_wait(&self.state, PARKED, Some(timeout));
        self.state.swap(EMPTY, Acquire);
    }

    pub(crate) fn unpark(&self) {
        if self.state.swap(NOTIFIED, Release) == PARKED {
            futex_wake(&self.state);
        }
    }
}
