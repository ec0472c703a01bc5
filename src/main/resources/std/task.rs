// std::task: Poll, Context and Waker (a data pointer and a vtable of four functions, as std's RawWaker).
use crate::fmt;

#[def_path = "core::task::poll"]

#[must_use = "this `Poll` may be a `Pending` variant, which should be handled"]
#[derive(Copy, Clone, Debug, Eq, PartialEq, Ord, PartialOrd, Hash)]
pub enum Poll<T> {
    Ready(T),
    Pending,
}

impl<T> Poll<T> {
    pub fn map<U, F: FnOnce(T) -> U>(self, f: F) -> Poll<U> {
        match self {
            Poll::Ready(t) => Poll::Ready(f(t)),
            Poll::Pending => Poll::Pending,
        }
    }
    pub const fn is_ready(&self) -> bool { matches!(*self, Poll::Ready(_)) }
    pub const fn is_pending(&self) -> bool { !self.is_ready() }
}

impl<T, E> Poll<Result<T, E>> {
    pub fn map_ok<U, F: FnOnce(T) -> U>(self, f: F) -> Poll<Result<U, E>> {
        match self {
            Poll::Ready(Ok(t)) => Poll::Ready(Ok(f(t))),
            Poll::Ready(Err(e)) => Poll::Ready(Err(e)),
            Poll::Pending => Poll::Pending,
        }
    }
    pub fn map_err<U, F: FnOnce(E) -> U>(self, f: F) -> Poll<Result<T, U>> {
        match self {
            Poll::Ready(Ok(t)) => Poll::Ready(Ok(t)),
            Poll::Ready(Err(e)) => Poll::Ready(Err(f(e))),
            Poll::Pending => Poll::Pending,
        }
    }
}

impl<T> From<T> for Poll<T> {
    fn from(t: T) -> Poll<T> { Poll::Ready(t) }
}

#[derive(PartialEq, Copy, Clone)]
pub struct RawWakerVTable {
    clone: unsafe fn(*const ()) -> RawWaker,
    wake: unsafe fn(*const ()),
    wake_by_ref: unsafe fn(*const ()),
    drop: unsafe fn(*const ()),
}

impl fmt::Debug for RawWakerVTable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RawWakerVTable")
            .field("clone", &(self.clone as *const ()))
            .field("wake", &(self.wake as *const ()))
            .field("wake_by_ref", &(self.wake_by_ref as *const ()))
            .field("drop", &(self.drop as *const ()))
            .finish()
    }
}

impl RawWakerVTable {
    pub const fn new(clone: unsafe fn(*const ()) -> RawWaker, wake: unsafe fn(*const ()), wake_by_ref: unsafe fn(*const ()),
                     drop: unsafe fn(*const ())) -> RawWakerVTable {
        RawWakerVTable { clone, wake, wake_by_ref, drop }
    }
}

#[derive(PartialEq, Debug)]
pub struct RawWaker {
    data: *const (),
    vtable: &'static RawWakerVTable,
}

impl RawWaker {
    pub const fn new(data: *const (), vtable: &'static RawWakerVTable) -> RawWaker { RawWaker { data, vtable } }
    pub fn data(&self) -> *const () { self.data }
    pub fn vtable(&self) -> &'static RawWakerVTable { self.vtable }
}

unsafe fn noop_clone(_data: *const ()) -> RawWaker { RawWaker::new(crate::ptr::null(), &NOOP_VTABLE) }
unsafe fn noop(_data: *const ()) {}
static NOOP_VTABLE: RawWakerVTable = RawWakerVTable::new(noop_clone, noop, noop, noop);
static NOOP_WAKER: Waker = Waker { waker: RawWaker { data: 0 as *const (), vtable: &NOOP_VTABLE } };

pub struct Waker {
    waker: RawWaker,
}

unsafe impl Send for Waker {}
unsafe impl Sync for Waker {}
impl crate::marker::Unpin for Waker {}

impl Waker {
    pub fn wake(self) {
        let this = crate::mem::ManuallyDrop::new(self);
        unsafe { (this.waker.vtable.wake)(this.waker.data) }
    }
    pub fn wake_by_ref(&self) { unsafe { (self.waker.vtable.wake_by_ref)(self.waker.data) } }
    pub fn will_wake(&self, other: &Waker) -> bool { self.waker == other.waker }
    pub const unsafe fn from_raw(waker: RawWaker) -> Waker { Waker { waker } }
    pub unsafe fn new(data: *const (), vtable: &'static RawWakerVTable) -> Waker { Waker { waker: RawWaker { data, vtable } } }
    pub fn noop() -> &'static Waker { &NOOP_WAKER }
    pub fn data(&self) -> *const () { self.waker.data }
    pub fn vtable(&self) -> &'static RawWakerVTable { self.waker.vtable }
}

impl Clone for Waker {
    fn clone(&self) -> Waker { Waker { waker: unsafe { (self.waker.vtable.clone)(self.waker.data) } } }
}

impl Drop for Waker {
    fn drop(&mut self) { unsafe { (self.waker.vtable.drop)(self.waker.data) } }
}

impl fmt::Debug for Waker {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Waker").field("data", &self.waker.data).field("vtable", &(self.waker.vtable as *const RawWakerVTable)).finish()
    }
}

pub struct Context<'a> {
    waker: &'a Waker,
}

impl<'a> Context<'a> {
    pub const fn from_waker(waker: &'a Waker) -> Context<'a> { Context { waker } }
    pub const fn waker(&self) -> &'a Waker { self.waker }
}

impl fmt::Debug for Context<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.debug_struct("Context").field("waker", &self.waker).finish() }
}
