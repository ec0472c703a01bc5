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
