#[lang = "clone"]
pub trait Clone: Sized {
    fn clone(&self) -> Self;
    fn clone_from(&mut self, source: &Self) { *self = source.clone() }
}

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
