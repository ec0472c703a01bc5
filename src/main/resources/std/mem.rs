use crate::intrinsics;
use crate::hash::Hash;

/// `offset_of!(Container, field.field…)`: where a (nested) field of a struct, union or tuple starts, in bytes
/// (a constant of the container's layout).
pub macro offset_of($Container:ty, $($fields:tt)+) {
    builtin # offset_of($Container, $($fields)+)
}

pub const fn size_of<T>() -> usize { intrinsics::size_of::<T>() }
pub const fn align_of<T>() -> usize { intrinsics::align_of::<T>() }
pub fn size_of_val<T: ?Sized>(val: &T) -> usize { intrinsics::size_of_val(val as *const T) }
pub fn align_of_val<T: ?Sized>(val: &T) -> usize { intrinsics::align_of_val(val as *const T) }
pub const fn needs_drop<T: ?Sized>() -> bool { intrinsics::needs_drop::<T>() }

pub fn forget<T>(t: T) { intrinsics::forget(t) }

pub fn drop<T>(_x: T) {}

pub fn swap<T>(x: &mut T, y: &mut T) {
    unsafe {
        let tmp = crate::ptr::read(x);
        crate::ptr::copy_nonoverlapping(y, x, 1);
        crate::ptr::write(y, tmp);
    }
}

pub fn replace<T>(dest: &mut T, src: T) -> T {
    unsafe {
        let result = crate::ptr::read(dest);
        crate::ptr::write(dest, src);
        result
    }
}

pub fn take<T: Default>(dest: &mut T) -> T { replace(dest, T::default()) }

pub unsafe fn transmute<Src, Dst>(src: Src) -> Dst { unsafe { intrinsics::transmute(src) } }

pub unsafe fn transmute_copy<Src, Dst>(src: &Src) -> Dst { unsafe { crate::ptr::read(src as *const Src as *const Dst) } }

pub unsafe fn zeroed<T>() -> T {
    unsafe {
        let mut v = MaybeUninit::<T>::uninit();
        intrinsics::write_bytes(v.as_mut_ptr(), 0, 1);
        v.assume_init()
    }
}

/// An opaque value standing for an enum's variant (std's `Discriminant<T>`).
pub struct Discriminant<T>(<T as crate::marker::DiscriminantKind>::Discriminant);

impl<T> Copy for Discriminant<T> {}
impl<T> Clone for Discriminant<T> {
    fn clone(&self) -> Self { *self }
}
impl<T> PartialEq for Discriminant<T> {
    fn eq(&self, rhs: &Self) -> bool { self.0 == rhs.0 }
}
impl<T> Eq for Discriminant<T> {}
impl<T> crate::hash::Hash for Discriminant<T> {
    fn hash<H: crate::hash::Hasher>(&self, state: &mut H) { self.0.hash(state); }
}
impl<T> crate::fmt::Debug for Discriminant<T> {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        f.debug_tuple("Discriminant").field(&self.0).finish()
    }
}

pub fn discriminant<T>(v: &T) -> Discriminant<T> { Discriminant(intrinsics::discriminant_value(v)) }

#[def_path = "core::mem::maybe_uninit"]

#[lang = "maybe_uninit"]
#[repr(transparent)]
pub union MaybeUninit<T> {
    uninit: (),
    value: ManuallyDrop<T>,
}

impl<T: Copy> Clone for MaybeUninit<T> {
    fn clone(&self) -> Self { *self }
}
impl<T: Copy> Copy for MaybeUninit<T> {}

impl<T> MaybeUninit<T> {
    pub const fn new(val: T) -> MaybeUninit<T> { MaybeUninit { value: ManuallyDrop::new(val) } }
    pub const fn uninit() -> MaybeUninit<T> { MaybeUninit { uninit: () } }
    pub fn zeroed() -> MaybeUninit<T> {
        let mut u = MaybeUninit::<T>::uninit();
        unsafe { intrinsics::write_bytes(u.as_mut_ptr(), 0, 1) };
        u
    }
    pub fn write(&mut self, val: T) -> &mut T {
        *self = MaybeUninit::new(val);
        unsafe { self.assume_init_mut() }
    }
    pub const fn as_ptr(&self) -> *const T { self as *const MaybeUninit<T> as *const T }
    pub fn as_mut_ptr(&mut self) -> *mut T { self as *mut MaybeUninit<T> as *mut T }
    pub unsafe fn assume_init(self) -> T { unsafe { intrinsics::read_via_copy(&self as *const MaybeUninit<T> as *const T) } }
    pub unsafe fn assume_init_read(&self) -> T { unsafe { intrinsics::read_via_copy(self.as_ptr()) } }
    pub unsafe fn assume_init_ref(&self) -> &T { unsafe { &*self.as_ptr() } }
    pub unsafe fn assume_init_mut(&mut self) -> &mut T { unsafe { &mut *self.as_mut_ptr() } }
    pub unsafe fn assume_init_drop(&mut self) { unsafe { crate::ptr::drop_in_place(self.as_mut_ptr()) } }
}

#[def_path = "core::mem::manually_drop"]

#[lang = "manually_drop"]
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[repr(transparent)]
pub struct ManuallyDrop<T: ?Sized> {
    value: T,
}

impl<T> ManuallyDrop<T> {
    pub const fn new(value: T) -> ManuallyDrop<T> { ManuallyDrop { value } }
    pub const fn into_inner(slot: ManuallyDrop<T>) -> T { unsafe { intrinsics::read_via_copy(&slot as *const ManuallyDrop<T> as *const T) } }
    pub unsafe fn take(slot: &mut ManuallyDrop<T>) -> T { unsafe { crate::ptr::read(&slot.value) } }
}

impl<T: ?Sized> ManuallyDrop<T> {
    pub unsafe fn drop(slot: &mut ManuallyDrop<T>) { unsafe { crate::ptr::drop_in_place(&mut slot.value) } }
}

impl<T: ?Sized> crate::ops::Deref for ManuallyDrop<T> {
    type Target = T;
    fn deref(&self) -> &T { &self.value }
}

impl<T: ?Sized> crate::ops::DerefMut for ManuallyDrop<T> {
    fn deref_mut(&mut self) -> &mut T { &mut self.value }
}
