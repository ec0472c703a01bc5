// std 1.95's mpmc/utils.rs: CachePadded (128-byte aligned on x86_64) and Backoff. With one thread running at a
// time a spin never sees a change, so a light spin does nothing and a heavy one yields as std's does at last.
use crate::cell::Cell;
use crate::ops::{Deref, DerefMut};

#[derive(Clone, Copy, Default, Hash, PartialEq, Eq)]
#[repr(align(128))]
pub struct CachePadded<T> {
    value: T,
}

impl<T> CachePadded<T> {
    pub fn new(value: T) -> CachePadded<T> { CachePadded::<T> { value } }
}

impl<T> Deref for CachePadded<T> {
    type Target = T;
    fn deref(&self) -> &T { &self.value }
}

impl<T> DerefMut for CachePadded<T> {
    fn deref_mut(&mut self) -> &mut T { &mut self.value }
}

pub struct Backoff {
    step: Cell<u32>,
}

impl Backoff {
    pub fn new() -> Self { Backoff { step: Cell::new(0) } }

    pub fn spin_light(&self) { self.step.set(self.step.get() + 1); }

    pub fn spin_heavy(&self) {
        crate::thread::yield_now();
        self.step.set(self.step.get() + 1);
    }
}
