use crate::fmt;

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TypeId {
    t: u128,
}

impl TypeId {
    pub fn of<T: ?Sized + 'static>() -> TypeId { TypeId { t: crate::intrinsics::type_id::<T>() } }
}

impl fmt::Debug for TypeId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { write!(f, "TypeId({:#034x})", self.t) }
}

pub fn type_name<T: ?Sized>() -> &'static str { crate::intrinsics::type_name::<T>() }
pub fn type_name_of_val<T: ?Sized>(_val: &T) -> &'static str { crate::intrinsics::type_name::<T>() }

pub trait Any: 'static {
    fn type_id(&self) -> TypeId;
}

impl<T: 'static + ?Sized> Any for T {
    fn type_id(&self) -> TypeId { TypeId::of::<T>() }
}

impl fmt::Debug for dyn Any {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.debug_struct("Any").finish_non_exhaustive() }
}
impl fmt::Debug for dyn Any + Send {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.debug_struct("Any").finish_non_exhaustive() }
}

impl dyn Any {
    pub fn is<T: Any>(&self) -> bool { self.type_id() == TypeId::of::<T>() }
    pub fn downcast_ref<T: Any>(&self) -> Option<&T> {
        if self.is::<T>() { unsafe { Some(&*(self as *const dyn Any as *const T)) } } else { None }
    }
    pub fn downcast_mut<T: Any>(&mut self) -> Option<&mut T> {
        if self.is::<T>() { unsafe { Some(&mut *(self as *mut dyn Any as *mut T)) } } else { None }
    }
}

impl dyn Any + Send {
    pub fn is<T: Any>(&self) -> bool { self.type_id() == TypeId::of::<T>() }
    pub fn downcast_ref<T: Any>(&self) -> Option<&T> {
        if self.is::<T>() { unsafe { Some(&*(self as *const (dyn Any + Send) as *const T)) } } else { None }
    }
}
