use crate::alloc::{self, Allocator, Global, Layout};
use crate::fmt;
use crate::ptr::{self, Unique};

/// A pointer to a heap allocation holding one T (std's Box): dereferencing it is built in.
#[lang = "owned_box"]
pub struct Box<T: ?Sized, A: Allocator = Global>(Unique<T>, A);

impl<T> Box<T> {
    #[rustc_box]
    pub fn new(x: T) -> Box<T> {
        let p = exchange_malloc::<T>();
        unsafe {
            ptr::write(p, x);
            Box(Unique::new_unchecked(p), Global)
        }
    }
    pub fn pin(x: T) -> crate::pin::Pin<Box<T>> { unsafe { crate::pin::Pin::new_unchecked(Box::new(x)) } }
}

/// An allocation for a T (a dangling pointer for a zero-sized T), or the abort std makes when memory runs out.
#[lang = "exchange_malloc"]
fn exchange_malloc<T>() -> *mut T {
    let layout = Layout::new::<T>();
    if layout.size() == 0 {
        return layout.dangling().as_ptr() as *mut T;
    }
    let p = unsafe { alloc::alloc(layout) };
    if p.is_null() {
        alloc::handle_alloc_error(layout);
    }
    p as *mut T
}

/// `Box::new(x)` with the allocation made before x is evaluated, into the box (rustc's ShallowInitBox):
/// vec! relies on it. MIR building lowers calls of it.
#[rustc_intrinsic]
#[lang = "box_new"]
pub fn box_new<T>(x: T) -> Box<T>;

impl<T: ?Sized> Box<T> {
    pub unsafe fn from_raw(raw: *mut T) -> Box<T> { unsafe { Box(Unique::new_unchecked(raw), Global) } }
    pub fn into_raw(b: Box<T>) -> *mut T {
        let p = b.0.as_ptr();
        crate::mem::forget(b);
        p
    }
    pub fn leak<'a>(b: Box<T>) -> &'a mut T where T: 'a { unsafe { &mut *Box::into_raw(b) } }
    pub fn as_ptr(b: &Box<T>) -> *const T { b.0.as_ptr() }
    pub fn as_mut_ptr(b: &mut Box<T>) -> *mut T { b.0.as_ptr() }
}

impl<T: ?Sized, A: Allocator> Drop for Box<T, A> {
    fn drop(&mut self) {
        // the value itself was dropped by the drop glue before this runs
        let ptr = self.0.as_ptr();
        unsafe {
            let layout = Layout::for_value(&*ptr);
            if layout.size() != 0 {
                alloc::dealloc(ptr as *mut u8, layout);
            }
        }
    }
}

impl<T: ?Sized, A: Allocator> crate::ops::Deref for Box<T, A> {
    type Target = T;
    fn deref(&self) -> &T { &**self }
}

impl<T: ?Sized, A: Allocator> crate::ops::DerefMut for Box<T, A> {
    fn deref_mut(&mut self) -> &mut T { &mut **self }
}

impl<T: ?Sized + crate::marker::Unsize<U>, U: ?Sized, A: Allocator> crate::ops::CoerceUnsized<Box<U, A>> for Box<T, A> {}

impl<T: Clone> Clone for Box<T> {
    fn clone(&self) -> Self { Box::new((**self).clone()) }
}

impl Clone for Box<str> {
    fn clone(&self) -> Self { crate::string::String::from(&**self).into_boxed_str() }
}

impl<T: Clone> Clone for Box<[T]> {
    fn clone(&self) -> Self { self.to_vec().into_boxed_slice() }
}

impl<T: Default> Default for Box<T> {
    fn default() -> Self { Box::new(T::default()) }
}

impl<T: ?Sized + PartialEq> PartialEq for Box<T> {
    fn eq(&self, other: &Self) -> bool { PartialEq::eq(&**self, &**other) }
}
impl<T: ?Sized + Eq> Eq for Box<T> {}
impl<T: ?Sized + PartialOrd> PartialOrd for Box<T> {
    fn partial_cmp(&self, other: &Self) -> Option<crate::cmp::Ordering> { PartialOrd::partial_cmp(&**self, &**other) }
}
impl<T: ?Sized + Ord> Ord for Box<T> {
    fn cmp(&self, other: &Self) -> crate::cmp::Ordering { Ord::cmp(&**self, &**other) }
}
impl<T: ?Sized + crate::hash::Hash> crate::hash::Hash for Box<T> {
    fn hash<H: crate::hash::Hasher>(&self, state: &mut H) { (**self).hash(state); }
}

impl<T: ?Sized + fmt::Display> fmt::Display for Box<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { fmt::Display::fmt(&**self, f) }
}
impl<T: ?Sized + fmt::Debug> fmt::Debug for Box<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { fmt::Debug::fmt(&**self, f) }
}
impl<T: ?Sized> fmt::Pointer for Box<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { fmt::Pointer::fmt(&(&**self as *const T), f) }
}

impl<T: ?Sized> AsRef<T> for Box<T> {
    fn as_ref(&self) -> &T { &**self }
}
impl<T: ?Sized> AsMut<T> for Box<T> {
    fn as_mut(&mut self) -> &mut T { &mut **self }
}
impl<T: ?Sized> crate::borrow::Borrow<T> for Box<T> {
    fn borrow(&self) -> &T { &**self }
}

impl<T> From<T> for Box<T> {
    fn from(t: T) -> Self { Box::new(t) }
}
impl From<&str> for Box<str> {
    fn from(s: &str) -> Box<str> { crate::string::String::from(s).into_boxed_str() }
}
impl From<crate::string::String> for Box<str> {
    fn from(s: crate::string::String) -> Box<str> { s.into_boxed_str() }
}

impl<Args, F: FnOnce<Args> + ?Sized, A: Allocator> FnOnce<Args> for Box<F, A> {
    type Output = <F as FnOnce<Args>>::Output;
    fn call_once(self, args: Args) -> Self::Output { <F as FnOnce<Args>>::call_once(*self, args) }
}
impl<Args, F: FnMut<Args> + ?Sized, A: Allocator> FnMut<Args> for Box<F, A> {
    fn call_mut(&mut self, args: Args) -> Self::Output { <F as FnMut<Args>>::call_mut(&mut **self, args) }
}
impl<Args, F: Fn<Args> + ?Sized, A: Allocator> Fn<Args> for Box<F, A> {
    fn call(&self, args: Args) -> Self::Output { <F as Fn<Args>>::call(&**self, args) }
}

impl<I: Iterator + ?Sized> Iterator for Box<I> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> { (**self).next() }
    fn size_hint(&self) -> (usize, Option<usize>) { (**self).size_hint() }
}
