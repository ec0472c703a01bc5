use std::cell::UnsafeCell;
use std::hint;
use std::ops::{Deref, DerefMut};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::thread;

pub struct SpinLock<T> {
    locked: AtomicBool,
    value: UnsafeCell<T>,
    contended: AtomicUsize,
}

unsafe impl<T: Send> Sync for SpinLock<T> {}

pub struct SpinGuard<'a, T> {
    lock: &'a SpinLock<T>,
}

impl<T> SpinLock<T> {
    pub const fn new(value: T) -> Self {
        SpinLock { locked: AtomicBool::new(false), value: UnsafeCell::new(value), contended: AtomicUsize::new(0) }
    }

    pub fn lock(&self) -> SpinGuard<'_, T> {
        while self
            .locked
            .compare_exchange_weak(false, true, Ordering::Acquire, Ordering::Relaxed)
            .is_err()
        {
            self.contended.fetch_add(1, Ordering::Relaxed);
            while self.locked.load(Ordering::Relaxed) {
                hint::spin_loop();
                thread::yield_now();
            }
        }
        SpinGuard { lock: self }
    }

    pub fn into_inner(self) -> T {
        self.value.into_inner()
    }
}

impl<T> Deref for SpinGuard<'_, T> {
    type Target = T;
    fn deref(&self) -> &T {
        unsafe { &*self.lock.value.get() }
    }
}

impl<T> DerefMut for SpinGuard<'_, T> {
    fn deref_mut(&mut self) -> &mut T {
        unsafe { &mut *self.lock.value.get() }
    }
}

impl<T> Drop for SpinGuard<'_, T> {
    fn drop(&mut self) {
        self.lock.locked.store(false, Ordering::Release);
    }
}

/// FIFO-fair lock built from two counters.
pub struct TicketLock {
    next_ticket: AtomicUsize,
    now_serving: AtomicUsize,
}

impl TicketLock {
    pub fn new() -> Self {
        TicketLock { next_ticket: AtomicUsize::new(0), now_serving: AtomicUsize::new(0) }
    }
    pub fn with<R>(&self, f: impl FnOnce() -> R) -> R {
        let ticket = self.next_ticket.fetch_add(1, Ordering::Relaxed);
        while self.now_serving.load(Ordering::Acquire) != ticket {
            thread::yield_now();
        }
        let r = f();
        self.now_serving.fetch_add(1, Ordering::Release);
        r
    }
}

fn main() {
    let shared = Arc::new(SpinLock::new(Vec::<(usize, u64)>::new()));
    let counter = Arc::new(SpinLock::new(0u64));
    let handles: Vec<_> = (0..4usize)
        .map(|t| {
            let shared = Arc::clone(&shared);
            let counter = Arc::clone(&counter);
            thread::spawn(move || {
                for i in 0..250u64 {
                    *counter.lock() += i;
                    if i % 50 == 0 {
                        shared.lock().push((t, i));
                    }
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    let total = *counter.lock();
    println!("spin counter total: {} (expected {})", total, 4 * (0..250u64).sum::<u64>());
    let mut entries = Arc::try_unwrap(shared).ok().expect("unique").into_inner();
    entries.sort();
    println!("entries: {}", entries.len());
    println!("thread 2 entries: {:?}", entries.iter().filter(|e| e.0 == 2).map(|e| e.1).collect::<Vec<_>>());
    let _ = counter.contended.load(Ordering::Relaxed); // scheduling-dependent, not printed

    let ticket = Arc::new(TicketLock::new());
    let plain_sum = Arc::new(AtomicUsize::new(0));
    let log = Arc::new(SpinLock::new(String::new()));
    let hs: Vec<_> = (0..3)
        .map(|t| {
            let (ticket, plain_sum, log) = (Arc::clone(&ticket), Arc::clone(&plain_sum), Arc::clone(&log));
            thread::spawn(move || {
                let mut served = 0;
                for k in 0..100 {
                    ticket.with(|| {
                        let v = plain_sum.load(Ordering::Relaxed);
                        plain_sum.store(v + t + k, Ordering::Relaxed); // safe only under the lock
                        served += 1;
                    });
                }
                log.lock().push(char::from(b'a' + t as u8));
                served
            })
        })
        .collect();
    let served: usize = hs.into_iter().map(|h| h.join().unwrap()).sum();
    let mut letters: Vec<char> = log.lock().chars().collect();
    letters.sort_unstable();
    println!("ticket lock served {} critical sections", served);
    println!("unsynchronized-looking sum: {} (expected {})", plain_sum.load(Ordering::SeqCst), (0..3).map(|t| 100 * t + (0..100).sum::<usize>()).sum::<usize>());
    println!("tickets issued: {}", ticket.next_ticket.load(Ordering::SeqCst));
    println!("finished threads: {}", letters.into_iter().collect::<String>());
}
