#[lang = "clone"]
pub trait Clone: Sized {
    fn clone(&self) -> Self;
    fn clone_from(&mut self, source: &Self) { *self = source.clone() }
}

/// Types whose `clone` is a copy of their bytes (core's, unstable): std's specializations copy slices of them at once,
/// where others are cloned an element at a time. `#[derive(Clone, Copy)]` on a type without type parameters
/// implements it, as it makes `clone` a copy.
#[doc(hidden)]
pub unsafe trait TrivialClone: Copy {}

unsafe impl<T: ?Sized> TrivialClone for &T {}
unsafe impl<T: ?Sized> TrivialClone for *const T {}
unsafe impl<T: ?Sized> TrivialClone for *mut T {}

impl<T: ?Sized> Clone for &T {
    fn clone(&self) -> Self { *self }
}
impl<T: ?Sized> Copy for &T {}
impl<T: ?Sized> Clone for *const T {
    fn clone(&self) -> Self { *self }
}
impl<T: ?Sized> Copy for *const T {}
impl<T: ?Sized> Clone for *mut T {
    fn clone(&self) -> Self { *self }
}
impl<T: ?Sized> Copy for *mut T {}
