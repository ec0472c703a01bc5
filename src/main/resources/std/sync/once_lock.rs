// std::sync::OnceLock (std 1.95's): a Once and the value's slot.
use crate::cell::UnsafeCell;
use crate::fmt;
use crate::marker::PhantomData;
use crate::mem::MaybeUninit;
use crate::panic::{RefUnwindSafe, UnwindSafe};
use crate::sync::Once;
use crate::sync::once::OnceExclusiveState;

pub struct OnceLock<T> {
    once: Once,
    value: UnsafeCell<MaybeUninit<T>>,
    _marker: PhantomData<T>,
}

impl<T> OnceLock<T> {
    pub const fn new() -> OnceLock<T> {
        OnceLock { once: Once::new(), value: UnsafeCell::new(MaybeUninit::uninit()), _marker: PhantomData }
    }

    pub fn get(&self) -> Option<&T> {
        if self.initialized() { Some(unsafe { self.get_unchecked() }) } else { None }
    }

    pub fn get_mut(&mut self) -> Option<&mut T> {
        if self.initialized_mut() { Some(unsafe { self.get_unchecked_mut() }) } else { None }
    }

    pub fn wait(&self) -> &T {
        self.once.wait_force();
        unsafe { self.get_unchecked() }
    }

    pub fn set(&self, value: T) -> Result<(), T> {
        let mut value = Some(value);
        self.get_or_init(|| value.take().unwrap());
        match value {
            None => Ok(()),
            Some(value) => Err(value),
        }
    }

    pub fn get_or_init<F>(&self, f: F) -> &T
    where F: FnOnce() -> T {
        if let Some(value) = self.get() {
            return value;
        }
        let slot = &self.value;
        let mut f = Some(f);
        self.once.call_once_force(|_p| {
            let value = (f.take().unwrap())();
            unsafe { (&mut *slot.get()).write(value) };
        });
        unsafe { self.get_unchecked() }
    }

    pub fn into_inner(mut self) -> Option<T> { self.take() }

    pub fn take(&mut self) -> Option<T> {
        if self.initialized_mut() {
            self.once = Once::new();
            unsafe { Some(self.value.get_mut().assume_init_read()) }
        } else {
            None
        }
    }

    fn initialized(&self) -> bool { self.once.is_completed() }

    fn initialized_mut(&mut self) -> bool {
        match self.once.state() {
            OnceExclusiveState::Complete => true,
            _ => false,
        }
    }

    unsafe fn get_unchecked(&self) -> &T { unsafe { (&*self.value.get()).assume_init_ref() } }

    unsafe fn get_unchecked_mut(&mut self) -> &mut T { unsafe { self.value.get_mut().assume_init_mut() } }
}

unsafe impl<T: Sync + Send> Sync for OnceLock<T> {}
unsafe impl<T: Send> Send for OnceLock<T> {}
impl<T: RefUnwindSafe + UnwindSafe> RefUnwindSafe for OnceLock<T> {}
impl<T: UnwindSafe> UnwindSafe for OnceLock<T> {}

impl<T> Default for OnceLock<T> {
    fn default() -> OnceLock<T> { OnceLock::new() }
}

impl<T: fmt::Debug> fmt::Debug for OnceLock<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = f.debug_tuple("OnceLock");
        match self.get() {
            Some(v) => d.field(v),
            None => d.field(&format_args!("<uninit>")),
        };
        d.finish()
    }
}

impl<T: Clone> Clone for OnceLock<T> {
    fn clone(&self) -> OnceLock<T> {
        let cell = Self::new();
        if let Some(value) = self.get() {
            match cell.set(value.clone()) {
                Ok(()) => (),
                Err(_) => unreachable!(),
            }
        }
        cell
    }
}

impl<T> From<T> for OnceLock<T> {
    fn from(value: T) -> Self {
        let cell = Self::new();
        match cell.set(value) {
            Ok(()) => cell,
            Err(_) => unreachable!(),
        }
    }
}

impl<T: PartialEq> PartialEq for OnceLock<T> {
    fn eq(&self, other: &OnceLock<T>) -> bool { self.get() == other.get() }
}

impl<T: Eq> Eq for OnceLock<T> {}

impl<T> Drop for OnceLock<T> {
    fn drop(&mut self) {
        if self.initialized_mut() {
            unsafe { self.value.get_mut().assume_init_drop() };
        }
    }
}
