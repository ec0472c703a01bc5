// std 1.95's mpmc/context.rs: a blocked operation's thread context (an Arc, cached in a thread-local).
use super::select::Selected;
use super::waker::current_thread_id;
use crate::cell::Cell;
use crate::ptr;
use crate::sync::Arc;
use crate::sync::atomic::{AtomicPtr, AtomicUsize, Ordering};
use crate::thread::{self, Thread};
use crate::time::Instant;

#[derive(Debug, Clone)]
pub struct Context {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    select: AtomicUsize,
    packet: AtomicPtr<()>,
    thread: Thread,
    thread_id: usize,
}

crate::thread_local! {
    static CONTEXT: Cell<Option<Context>> = Cell::new(Some(Context::new()));
}

impl Context {
    pub fn with<F, R>(f: F) -> R
    where F: FnOnce(&Context) -> R {
        let mut f = Some(f);
        let mut f = |cx: &Context| -> R {
            let f = f.take().unwrap();
            f(cx)
        };
        match CONTEXT.try_with(|cell| match cell.take() {
            None => Some(f(&Context::new())),
            Some(cx) => {
                cx.reset();
                let res = f(&cx);
                cell.set(Some(cx));
                Some(res)
            }
        }) {
            Ok(Some(r)) => r,
            _ => f(&Context::new()),
        }
    }

    #[cold]
    fn new() -> Context {
        Context {
            inner: Arc::new(Inner {
                select: AtomicUsize::new(Selected::Waiting.into_usize()),
                packet: AtomicPtr::new(ptr::null_mut()),
                thread: thread::current_or_unnamed(),
                thread_id: current_thread_id(),
            }),
        }
    }

    fn reset(&self) {
        self.inner.select.store(Selected::Waiting.into_usize(), Ordering::Release);
        self.inner.packet.store(ptr::null_mut(), Ordering::Release);
    }

    pub fn try_select(&self, select: Selected) -> Result<(), Selected> {
        match self.inner.select.compare_exchange(Selected::Waiting.into_usize(), select.into_usize(), Ordering::AcqRel, Ordering::Acquire) {
            Ok(_) => Ok(()),
            Err(e) => Err(Selected::from(e)),
        }
    }

    pub fn store_packet(&self, packet: *mut ()) {
        if !packet.is_null() {
            self.inner.packet.store(packet, Ordering::Release);
        }
    }

    pub unsafe fn wait_until(&self, deadline: Option<Instant>) -> Selected {
        loop {
            let sel = Selected::from(self.inner.select.load(Ordering::Acquire));
            if sel != Selected::Waiting {
                return sel;
            }
            if let Some(end) = deadline {
                let now = Instant::now();
                if now < end {
                    unsafe { self.inner.thread.park_timeout(end - now) };
                } else {
                    return match self.try_select(Selected::Aborted) {
                        Ok(()) => Selected::Aborted,
                        Err(s) => s,
                    };
                }
            } else {
                unsafe { self.inner.thread.park() };
            }
        }
    }

    pub fn unpark(&self) { self.inner.thread.unpark(); }

    pub fn thread_id(&self) -> usize { self.inner.thread_id }
}
