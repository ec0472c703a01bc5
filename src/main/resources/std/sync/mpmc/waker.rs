// std 1.95's mpmc/waker.rs: the operations blocked on a channel, woken when it changes.
use super::context::Context;
use super::select::{Operation, Selected};
use crate::ptr;
use crate::sync::Mutex;
use crate::sync::atomic::{AtomicBool, Ordering};
use crate::vec::Vec;

pub(crate) struct Entry {
    pub(crate) oper: Operation,
    pub(crate) packet: *mut (),
    pub(crate) cx: Context,
}

pub(crate) struct Waker {
    selectors: Vec<Entry>,
    observers: Vec<Entry>,
}

impl Waker {
    pub(crate) fn new() -> Self { Waker { selectors: Vec::new(), observers: Vec::new() } }

    pub(crate) fn register(&mut self, oper: Operation, cx: &Context) { self.register_with_packet(oper, ptr::null_mut(), cx); }

    pub(crate) fn register_with_packet(&mut self, oper: Operation, packet: *mut (), cx: &Context) {
        self.selectors.push(Entry { oper, packet, cx: cx.clone() });
    }

    pub(crate) fn unregister(&mut self, oper: Operation) -> Option<Entry> {
        let mut i = 0;
        while i < self.selectors.len() {
            if self.selectors[i].oper == oper {
                return Some(self.selectors.remove(i));
            }
            i += 1;
        }
        None
    }

    pub(crate) fn try_select(&mut self) -> Option<Entry> {
        if self.selectors.is_empty() {
            None
        } else {
            let thread_id = current_thread_id();
            let mut i = 0;
            while i < self.selectors.len() {
                let selector = &self.selectors[i];
                if selector.cx.thread_id() != thread_id && selector.cx.try_select(Selected::Operation(selector.oper)).is_ok() {
                    selector.cx.store_packet(selector.packet);
                    selector.cx.unpark();
                    return Some(self.selectors.remove(i));
                }
                i += 1;
            }
            None
        }
    }

    pub(crate) fn notify(&mut self) {
        for entry in self.observers.drain(..) {
            if entry.cx.try_select(Selected::Operation(entry.oper)).is_ok() {
                entry.cx.unpark();
            }
        }
    }

    pub(crate) fn disconnect(&mut self) {
        for entry in self.selectors.iter() {
            if entry.cx.try_select(Selected::Disconnected).is_ok() {
                entry.cx.unpark();
            }
        }
        self.notify();
    }
}

pub(crate) struct SyncWaker {
    inner: Mutex<Waker>,
    is_empty: AtomicBool,
}

impl SyncWaker {
    pub(crate) fn new() -> Self { SyncWaker { inner: Mutex::new(Waker::new()), is_empty: AtomicBool::new(true) } }

    pub(crate) fn register(&self, oper: Operation, cx: &Context) {
        let mut inner = self.inner.lock().unwrap();
        inner.register(oper, cx);
        self.is_empty.store(inner.selectors.is_empty() && inner.observers.is_empty(), Ordering::SeqCst);
    }

    pub(crate) fn unregister(&self, oper: Operation) -> Option<Entry> {
        let mut inner = self.inner.lock().unwrap();
        let entry = inner.unregister(oper);
        self.is_empty.store(inner.selectors.is_empty() && inner.observers.is_empty(), Ordering::SeqCst);
        entry
    }

    pub(crate) fn notify(&self) {
        if !self.is_empty.load(Ordering::SeqCst) {
            let mut inner = self.inner.lock().unwrap();
            if !self.is_empty.load(Ordering::SeqCst) {
                inner.try_select();
                inner.notify();
                self.is_empty.store(inner.selectors.is_empty() && inner.observers.is_empty(), Ordering::SeqCst);
            }
        }
    }

    pub(crate) fn disconnect(&self) {
        let mut inner = self.inner.lock().unwrap();
        inner.disconnect();
        self.is_empty.store(inner.selectors.is_empty() && inner.observers.is_empty(), Ordering::SeqCst);
    }
}

/// An id unique to the running thread: the address of a thread-local.
pub fn current_thread_id() -> usize {
    crate::thread_local! { static DUMMY: u8 = const { 0 } }
    DUMMY.with(|x| x as *const u8 as usize)
}
