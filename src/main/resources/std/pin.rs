use crate::ops::{Deref, DerefMut};

#[repr(transparent)]
#[derive(Copy, Clone)]
pub struct Pin<Ptr> {
    pointer: Ptr,
}

impl<Ptr: Deref> Pin<Ptr> {
    pub unsafe fn new_unchecked(pointer: Ptr) -> Pin<Ptr> { Pin { pointer } }
    pub fn as_ref(&self) -> Pin<&Ptr::Target> { Pin { pointer: &*self.pointer } }
}

impl<Ptr: Deref> Deref for Pin<Ptr> {
    type Target = Ptr::Target;
    fn deref(&self) -> &Ptr::Target { &*self.pointer }
}

impl<Ptr: DerefMut> DerefMut for Pin<Ptr> {
    fn deref_mut(&mut self) -> &mut Ptr::Target { &mut *self.pointer }
}

impl<Ptr: Deref> Pin<Ptr> where Ptr::Target: crate::marker::Unpin {
    pub fn new(pointer: Ptr) -> Pin<Ptr> { Pin { pointer } }
    pub fn into_inner(pin: Pin<Ptr>) -> Ptr { pin.pointer }
}

impl<Ptr: Deref> Pin<Ptr> {
    pub unsafe fn into_inner_unchecked(pin: Pin<Ptr>) -> Ptr { pin.pointer }
}

impl<Ptr: DerefMut> Pin<Ptr> {
    pub fn as_mut(&mut self) -> Pin<&mut Ptr::Target> { Pin { pointer: &mut *self.pointer } }
    pub fn set(&mut self, value: Ptr::Target) where Ptr::Target: Sized { *self.pointer = value; }
}

impl<'a, T: ?Sized> Pin<&'a T> {
    pub fn get_ref(self) -> &'a T { self.pointer }
}

impl<'a, T: ?Sized> Pin<&'a mut T> {
    pub fn get_mut(self) -> &'a mut T where T: crate::marker::Unpin { self.pointer }
    pub unsafe fn get_unchecked_mut(self) -> &'a mut T { self.pointer }
    pub fn into_ref(self) -> Pin<&'a T> { Pin { pointer: self.pointer } }
}

impl<P: crate::fmt::Debug> crate::fmt::Debug for Pin<P> {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result { crate::fmt::Debug::fmt(&self.pointer, f) }
}

impl<P: crate::fmt::Display> crate::fmt::Display for Pin<P> {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result { crate::fmt::Display::fmt(&self.pointer, f) }
}
