// Rc and Weak (alloc::rc): one heap block {strong, weak, value}; clone counts up, drop counts down and drops
// the value at strong 0, frees the block when no Weak is left either (the implicit weak held by the strongs).
use crate::alloc::{self, Layout};
use crate::cell::Cell;
use crate::cmp::Ordering;
use crate::fmt;
use crate::marker::PhantomData;
use crate::ops::Deref;
use crate::ptr::{self, NonNull};

#[repr(C)]
struct RcInner<T: ?Sized> {
    strong: Cell<usize>,
    weak: Cell<usize>,
    value: T,
}

pub struct Rc<T: ?Sized> {
    ptr: NonNull<RcInner<T>>,
    phantom: PhantomData<RcInner<T>>,
}

impl<T: ?Sized> !Send for Rc<T> {}
impl<T: ?Sized> !Sync for Rc<T> {}

impl<T: ?Sized + crate::marker::Unsize<U>, U: ?Sized> crate::ops::CoerceUnsized<Rc<U>> for Rc<T> {}

impl<T> Rc<T> {
    pub fn new(value: T) -> Rc<T> {
        let inner = crate::boxed::Box::new(RcInner { strong: Cell::new(1), weak: Cell::new(1), value });
        Rc { ptr: unsafe { NonNull::new_unchecked(crate::boxed::Box::into_raw(inner)) }, phantom: PhantomData }
    }

    pub fn new_cyclic<F: FnOnce(&Weak<T>) -> T>(data_fn: F) -> Rc<T> {
        let uninit: crate::boxed::Box<RcInner<crate::mem::MaybeUninit<T>>> =
            crate::boxed::Box::new(RcInner { strong: Cell::new(0), weak: Cell::new(1), value: crate::mem::MaybeUninit::uninit() });
        let init_ptr: NonNull<RcInner<T>> = unsafe { NonNull::new_unchecked(crate::boxed::Box::into_raw(uninit) as *mut RcInner<T>) };
        let weak = Weak { ptr: init_ptr };
        let data = data_fn(&weak);
        unsafe {
            let inner = init_ptr.as_ptr();
            ptr::write(&raw mut (*inner).value, data);
            (*inner).strong.set(1);
        }
        crate::mem::forget(weak);
        Rc { ptr: init_ptr, phantom: PhantomData }
    }

    pub fn pin(value: T) -> crate::pin::Pin<Rc<T>> { unsafe { crate::pin::Pin::new_unchecked(Rc::new(value)) } }

    pub fn try_unwrap(this: Self) -> Result<T, Self> {
        if Rc::strong_count(&this) != 1 {
            return Err(this);
        }
        let this = crate::mem::ManuallyDrop::new(this);
        let val: T = unsafe { ptr::read(&**this) };
        this.inner().strong.set(0);
        let _weak = Weak { ptr: this.ptr };
        Ok(val)
    }

    pub fn into_inner(this: Self) -> Option<T> { Rc::try_unwrap(this).ok() }

    pub fn unwrap_or_clone(this: Self) -> T where T: Clone {
        Rc::try_unwrap(this).unwrap_or_else(|rc| (*rc).clone())
    }
}

impl<T: ?Sized> Rc<T> {
    fn inner(&self) -> &RcInner<T> { unsafe { self.ptr.as_ref() } }

    pub fn strong_count(this: &Self) -> usize { this.inner().strong.get() }
    pub fn weak_count(this: &Self) -> usize { this.inner().weak.get() - 1 }
    pub fn downgrade(this: &Self) -> Weak<T> {
        let w = this.inner().weak.get() + 1;
        this.inner().weak.set(w);
        Weak { ptr: this.ptr }
    }
    pub fn ptr_eq(this: &Self, other: &Self) -> bool { ptr::addr_eq(this.ptr.as_ptr(), other.ptr.as_ptr()) }
    pub fn as_ptr(this: &Self) -> *const T { unsafe { &raw const (*this.ptr.as_ptr()).value } }
    pub fn get_mut(this: &mut Self) -> Option<&mut T> {
        if Rc::strong_count(this) == 1 && Rc::weak_count(this) == 0 { unsafe { Some(&mut (*this.ptr.as_ptr()).value) } } else { None }
    }
    pub fn into_raw(this: Self) -> *const T {
        let p = Rc::as_ptr(&this);
        crate::mem::forget(this);
        p
    }
}

impl<T: Clone> Rc<T> {
    pub fn make_mut(this: &mut Self) -> &mut T {
        if Rc::strong_count(this) != 1 {
            *this = Rc::new((**this).clone());
        } else if Rc::weak_count(this) != 0 {
            let fresh = Rc::new(unsafe { ptr::read(&**this) });
            this.inner().strong.set(0);
            let w = this.inner().weak.get() - 1;
            this.inner().weak.set(w);
            unsafe { ptr::write(this, fresh) };
        }
        unsafe { &mut (*this.ptr.as_ptr()).value }
    }
}

impl<T: ?Sized> Clone for Rc<T> {
    fn clone(&self) -> Rc<T> {
        let s = self.inner().strong.get() + 1;
        self.inner().strong.set(s);
        Rc { ptr: self.ptr, phantom: PhantomData }
    }
}

impl<T: ?Sized> Drop for Rc<T> {
    fn drop(&mut self) {
        let s = self.inner().strong.get() - 1;
        self.inner().strong.set(s);
        if s == 0 {
            unsafe { ptr::drop_in_place(&raw mut (*self.ptr.as_ptr()).value) };
            // the implicit weak reference the strong ones held
            let w = self.inner().weak.get() - 1;
            self.inner().weak.set(w);
            if w == 0 {
                unsafe { alloc::dealloc(self.ptr.as_ptr() as *mut u8, Layout::for_value(self.ptr.as_ref())) };
            }
        }
    }
}

impl<T: ?Sized> Deref for Rc<T> {
    type Target = T;
    fn deref(&self) -> &T { &self.inner().value }
}

impl<T: ?Sized> AsRef<T> for Rc<T> {
    fn as_ref(&self) -> &T { &**self }
}
impl<T: ?Sized> crate::borrow::Borrow<T> for Rc<T> {
    fn borrow(&self) -> &T { &**self }
}

impl<T: Default> Default for Rc<T> {
    fn default() -> Rc<T> { Rc::new(Default::default()) }
}
impl<T: ?Sized + PartialEq> PartialEq for Rc<T> {
    fn eq(&self, other: &Rc<T>) -> bool { **self == **other }
}
impl<T: ?Sized + Eq> Eq for Rc<T> {}
impl<T: ?Sized + PartialOrd> PartialOrd for Rc<T> {
    fn partial_cmp(&self, other: &Rc<T>) -> Option<Ordering> { (**self).partial_cmp(&**other) }
}
impl<T: ?Sized + Ord> Ord for Rc<T> {
    fn cmp(&self, other: &Rc<T>) -> Ordering { (**self).cmp(&**other) }
}
impl<T: ?Sized + crate::hash::Hash> crate::hash::Hash for Rc<T> {
    fn hash<H: crate::hash::Hasher>(&self, state: &mut H) { (**self).hash(state) }
}
impl<T: ?Sized + fmt::Display> fmt::Display for Rc<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { fmt::Display::fmt(&**self, f) }
}
impl<T: ?Sized + fmt::Debug> fmt::Debug for Rc<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { fmt::Debug::fmt(&**self, f) }
}
impl<T: ?Sized> fmt::Pointer for Rc<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { fmt::Pointer::fmt(&Rc::as_ptr(self), f) }
}
impl<T> From<T> for Rc<T> {
    fn from(t: T) -> Self { Rc::new(t) }
}
impl From<&str> for Rc<str> {
    fn from(v: &str) -> Rc<str> {
        let len = v.len();
        let layout = Layout::from_size_align(16 + len, 8).unwrap();
        unsafe {
            let p = alloc::alloc(layout);
            *(p as *mut usize) = 1;
            *(p.add(8) as *mut usize) = 1;
            ptr::copy_nonoverlapping(v.as_ptr(), p.add(16), len);
            let fat = crate::intrinsics::slice_from_raw_parts(p, len) as *const RcInner<str>;
            Rc { ptr: NonNull::new_unchecked(fat as *mut RcInner<str>), phantom: PhantomData }
        }
    }
}
impl From<crate::string::String> for Rc<str> {
    fn from(v: crate::string::String) -> Rc<str> { Rc::from(&v[..]) }
}

pub struct Weak<T: ?Sized> {
    ptr: NonNull<RcInner<T>>,
}

impl<T: ?Sized> !Send for Weak<T> {}
impl<T: ?Sized> !Sync for Weak<T> {}

impl<T> Weak<T> {
    /// A Weak pointing nowhere (std's dangling usize::MAX).
    pub const fn new() -> Weak<T> { Weak { ptr: unsafe { NonNull::new_unchecked(usize::MAX as *mut RcInner<T>) } } }
}

impl<T: ?Sized> Weak<T> {
    fn dangling(&self) -> bool { crate::intrinsics::ptr_addr(self.ptr.as_ptr()) == usize::MAX }
    pub fn upgrade(&self) -> Option<Rc<T>> {
        if self.dangling() {
            return None;
        }
        let inner = unsafe { self.ptr.as_ref() };
        let s = inner.strong.get();
        if s == 0 {
            None
        } else {
            inner.strong.set(s + 1);
            Some(Rc { ptr: self.ptr, phantom: PhantomData })
        }
    }
    pub fn strong_count(&self) -> usize { if self.dangling() { 0 } else { unsafe { self.ptr.as_ref() }.strong.get() } }
    pub fn weak_count(&self) -> usize {
        if self.dangling() {
            return 0;
        }
        let inner = unsafe { self.ptr.as_ref() };
        let weak = inner.weak.get();
        if inner.strong.get() > 0 { weak - 1 } else { 0 }
    }
    pub fn ptr_eq(&self, other: &Self) -> bool { ptr::addr_eq(self.ptr.as_ptr(), other.ptr.as_ptr()) }
}

impl<T: ?Sized> Clone for Weak<T> {
    fn clone(&self) -> Weak<T> {
        if !self.dangling() {
            let inner = unsafe { self.ptr.as_ref() };
            inner.weak.set(inner.weak.get() + 1);
        }
        Weak { ptr: self.ptr }
    }
}

impl<T: ?Sized> Drop for Weak<T> {
    fn drop(&mut self) {
        if self.dangling() {
            return;
        }
        let inner = unsafe { self.ptr.as_ref() };
        let w = inner.weak.get() - 1;
        inner.weak.set(w);
        if w == 0 {
            unsafe { alloc::dealloc(self.ptr.as_ptr() as *mut u8, Layout::for_value(self.ptr.as_ref())) };
        }
    }
}

impl<T> Default for Weak<T> {
    fn default() -> Weak<T> { Weak::new() }
}

impl<T: ?Sized> fmt::Debug for Weak<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.write_str("(Weak)") }
}
