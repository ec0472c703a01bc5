// Rc and Weak (alloc::rc): one heap block RcInner {strong, weak: Cell<usize>, value} (#[repr(C, align(2))]);
// the strong references together hold one weak reference, a Weak::new() points at usize::MAX (no block).
// The algorithms are alloc 1.95's: clone counts up, drop counts down and drops the value at strong 0, the
// block is freed when the last weak goes. Rc<[T]>/Rc<str> put the counters and the data in one block sized
// RcInner<()>.extend(data).pad_to_align(). No allocator parameter (std's A = Global only).
use crate::alloc::Global;
use crate::alloc::{self, Layout};
use crate::any::Any;
use crate::borrow::{Cow, ToOwned};
use crate::boxed::Box;
use crate::cell::Cell;
use crate::cmp::Ordering;
use crate::fmt;
use crate::hash::{Hash, Hasher};
use crate::marker::PhantomData;
use crate::mem::{self, ManuallyDrop, MaybeUninit};
use crate::ops::Deref;
use crate::panic::{RefUnwindSafe, UnwindSafe};
use crate::pin::Pin;
use crate::ptr::{self, NonNull};
use crate::string::String;
use crate::vec::Vec;

#[repr(C, align(2))]
struct RcInner<T: ?Sized> {
    strong: Cell<usize>,
    weak: Cell<usize>,
    value: T,
}

/// Where the value starts in an RcInner whose value has this alignment: after the two counters, padded.
fn data_offset_align(align: usize) -> usize { (16 + align - 1) & !(align - 1) }

/// The RcInner layout for a value of this layout (RcInner<()>.extend(value).pad_to_align()).
fn rc_inner_layout_for_value_layout(layout: Layout) -> Layout {
    let align = if layout.align() > 8 { layout.align() } else { 8 };
    let size = data_offset_align(layout.align()) + layout.size();
    let size = (size + align - 1) & !(align - 1);
    unsafe { Layout::from_size_align_unchecked(size, align) }
}

/// The RcInner behind a pointer to its value (the reverse of as_ptr).
unsafe fn inner_from_value<T: ?Sized>(ptr: *const T) -> *mut RcInner<T> {
    let offset = data_offset_align(crate::intrinsics::align_of_val(ptr));
    let addr = crate::intrinsics::ptr_addr(ptr) - offset;
    crate::intrinsics::ptr_with_addr(ptr, addr) as *mut RcInner<T>
}

pub(crate) fn is_dangling<T: ?Sized>(ptr: *const T) -> bool { crate::intrinsics::ptr_addr(ptr) == usize::MAX }

impl<T: ?Sized> RcInner<T> {
    fn strong(&self) -> usize { self.strong.get() }
    fn inc_strong(&self) {
        let strong = self.strong().wrapping_add(1);
        self.strong.set(strong);
        if strong == 0 {
            crate::intrinsics::abort();
        }
    }
    fn dec_strong(&self) { self.strong.set(self.strong() - 1); }
    fn weak(&self) -> usize { self.weak.get() }
    fn inc_weak(&self) {
        let weak = self.weak().wrapping_add(1);
        self.weak.set(weak);
        if weak == 0 {
            crate::intrinsics::abort();
        }
    }
    fn dec_weak(&self) { self.weak.set(self.weak() - 1); }
}

pub struct Rc<T: ?Sized> {
    ptr: NonNull<RcInner<T>>,
    phantom: PhantomData<RcInner<T>>,
    alloc: Global,
}

impl<T: ?Sized> !Send for Rc<T> {}
impl<T: ?Sized> !Sync for Rc<T> {}
impl<T: RefUnwindSafe + ?Sized> UnwindSafe for Rc<T> {}
impl<T: RefUnwindSafe + ?Sized> RefUnwindSafe for Rc<T> {}
impl<T: ?Sized + crate::marker::Unsize<U>, U: ?Sized> crate::ops::CoerceUnsized<Rc<U>> for Rc<T> {}
impl<T: ?Sized> Unpin for Rc<T> {}

impl<T: ?Sized> Rc<T> {
    unsafe fn from_inner(ptr: NonNull<RcInner<T>>) -> Self { Rc { ptr, phantom: PhantomData, alloc: Global } }
    unsafe fn from_ptr(ptr: *mut RcInner<T>) -> Self { unsafe { Self::from_inner(NonNull::new_unchecked(ptr)) } }
    fn inner(&self) -> &RcInner<T> { unsafe { self.ptr.as_ref() } }

    /// Drops the value (the strong count reached 0), then the implicit weak reference of the strong ones.
    unsafe fn drop_slow(&mut self) {
        let _weak = Weak { ptr: self.ptr, alloc: Global };
        unsafe { ptr::drop_in_place(&raw mut (*self.ptr.as_ptr()).value) };
    }

    /// A block for a value of this layout, counters set to 1, the value uninitialized.
    unsafe fn allocate_for_layout(
        value_layout: Layout,
        zeroed: bool,
        mem_to_rc_inner: impl FnOnce(*mut u8) -> *mut RcInner<T>,
    ) -> *mut RcInner<T> {
        let layout = rc_inner_layout_for_value_layout(value_layout);
        unsafe {
            let mem = if zeroed { alloc::alloc_zeroed(layout) } else { alloc::alloc(layout) };
            if mem.is_null() {
                alloc::handle_alloc_error(layout);
            }
            let inner = mem_to_rc_inner(mem);
            ptr::write(&raw mut (*inner).strong, Cell::new(1));
            ptr::write(&raw mut (*inner).weak, Cell::new(1));
            inner
        }
    }

    /// A block for a copy of the value behind ptr (same metadata), counters set to 1.
    unsafe fn allocate_for_ptr(ptr: *const T) -> *mut RcInner<T> {
        unsafe {
            Rc::<T>::allocate_for_layout(Layout::for_value(&*ptr), false, |mem| {
                crate::intrinsics::ptr_with_metadata_of(mem as *const u8, ptr) as *mut RcInner<T>
            })
        }
    }

    fn from_box(src: Box<T>) -> Rc<T> {
        unsafe {
            let value_size = mem::size_of_val(&*src);
            let ptr = Self::allocate_for_ptr(&*src);
            ptr::copy_nonoverlapping(&*src as *const T as *const u8, (&raw mut (*ptr).value) as *mut u8, value_size);
            // free the box without dropping its moved-out value
            let bptr = Box::into_raw(src);
            let box_layout = Layout::for_value(&*bptr);
            if box_layout.size() != 0 {
                alloc::dealloc(bptr as *mut u8, box_layout);
            }
            Self::from_ptr(ptr)
        }
    }
}

impl<T> Rc<T> {
    pub fn new(value: T) -> Rc<T> {
        unsafe {
            Self::from_inner(NonNull::new_unchecked(Box::into_raw(Box::new(RcInner {
                strong: Cell::new(1),
                weak: Cell::new(1),
                value,
            }))))
        }
    }

    pub fn new_cyclic<F>(data_fn: F) -> Rc<T>
    where F: FnOnce(&Weak<T>) -> T {
        let uninit_ptr: *mut RcInner<MaybeUninit<T>> =
            Box::into_raw(Box::new(RcInner { strong: Cell::new(0), weak: Cell::new(1), value: MaybeUninit::<T>::uninit() }));
        let init_ptr: NonNull<RcInner<T>> = unsafe { NonNull::new_unchecked(uninit_ptr as *mut RcInner<T>) };
        let weak = Weak { ptr: init_ptr, alloc: Global };
        let data = data_fn(&weak);
        unsafe {
            let inner = init_ptr.as_ptr();
            ptr::write(&raw mut (*inner).value, data);
            (*inner).strong.set(1);
            mem::forget(weak);
            Rc::from_inner(init_ptr)
        }
    }

    pub fn new_uninit() -> Rc<MaybeUninit<T>> {
        unsafe {
            Rc::from_ptr(Rc::<MaybeUninit<T>>::allocate_for_layout(Layout::new::<T>(), false, |mem| {
                mem as *mut RcInner<MaybeUninit<T>>
            }))
        }
    }

    pub fn new_zeroed() -> Rc<MaybeUninit<T>> {
        unsafe {
            Rc::from_ptr(Rc::<MaybeUninit<T>>::allocate_for_layout(Layout::new::<T>(), true, |mem| {
                mem as *mut RcInner<MaybeUninit<T>>
            }))
        }
    }

    pub fn pin(value: T) -> Pin<Rc<T>> { unsafe { Pin::new_unchecked(Rc::new(value)) } }

    pub fn try_unwrap(this: Self) -> Result<T, Self> {
        if Rc::strong_count(&this) == 1 {
            let this = ManuallyDrop::new(this);
            let val: T = unsafe { ptr::read(&**this) };
            this.inner().dec_strong();
            let _weak = Weak { ptr: this.ptr, alloc: Global };
            Ok(val)
        } else {
            Err(this)
        }
    }

    pub fn into_inner(this: Self) -> Option<T> { Rc::try_unwrap(this).ok() }
}

impl<T> Rc<[T]> {
    /// An RcInner<[T]> block for len elements, counters set to 1, the elements uninitialized.
    unsafe fn allocate_for_slice(len: usize) -> *mut RcInner<[T]> {
        unsafe {
            Rc::<[T]>::allocate_for_layout(Layout::array::<T>(len).unwrap(), false, |mem| {
                crate::intrinsics::slice_from_raw_parts_mut(mem as *mut T, len) as *mut RcInner<[T]>
            })
        }
    }

    pub fn new_uninit_slice(len: usize) -> Rc<[MaybeUninit<T>]> {
        unsafe { Rc::from_ptr(Rc::<[MaybeUninit<T>]>::allocate_for_slice(len)) }
    }

    pub fn new_zeroed_slice(len: usize) -> Rc<[MaybeUninit<T>]> {
        unsafe {
            Rc::from_ptr(Rc::<[MaybeUninit<T>]>::allocate_for_layout(Layout::array::<T>(len).unwrap(), true, |mem| {
                crate::intrinsics::slice_from_raw_parts_mut(mem as *mut MaybeUninit<T>, len) as *mut RcInner<[MaybeUninit<T>]>
            }))
        }
    }

    unsafe fn copy_from_slice(v: &[T]) -> Rc<[T]> {
        unsafe {
            let ptr = Self::allocate_for_slice(v.len());
            ptr::copy_nonoverlapping(v.as_ptr(), (&raw mut (*ptr).value) as *mut T, v.len());
            Self::from_ptr(ptr)
        }
    }

    /// From an iterator of exactly len items: the block first, then each item written into it (a panic
    /// drops the items written so far and frees the block).
    unsafe fn from_iter_exact(iter: impl Iterator<Item = T>, len: usize) -> Rc<[T]> {
        struct Guard<T> {
            mem: *mut u8,
            elems: *mut T,
            layout: Layout,
            n_elems: usize,
        }
        impl<T> Drop for Guard<T> {
            fn drop(&mut self) {
                unsafe {
                    let slice = crate::intrinsics::slice_from_raw_parts_mut(self.elems, self.n_elems);
                    ptr::drop_in_place(slice);
                    alloc::dealloc(self.mem, self.layout);
                }
            }
        }
        unsafe {
            let ptr = Self::allocate_for_slice(len);
            let mem = ptr as *mut u8;
            let layout = rc_inner_layout_for_value_layout(Layout::array::<T>(len).unwrap());
            let elems = (&raw mut (*ptr).value) as *mut T;
            let mut guard = Guard { mem, elems, layout, n_elems: 0 };
            let mut i = 0;
            for item in iter {
                ptr::write(elems.add(i), item);
                i += 1;
                guard.n_elems += 1;
            }
            mem::forget(guard);
            Self::from_ptr(ptr)
        }
    }
}

impl<T> Rc<MaybeUninit<T>> {
    pub unsafe fn assume_init(self) -> Rc<T> {
        let this = ManuallyDrop::new(self);
        unsafe { Rc::from_inner(this.ptr.cast()) }
    }
}

impl<T> Rc<[MaybeUninit<T>]> {
    pub unsafe fn assume_init(self) -> Rc<[T]> {
        let this = ManuallyDrop::new(self);
        unsafe { Rc::from_ptr(this.ptr.as_ptr() as *mut RcInner<[T]>) }
    }
}

impl<T: ?Sized> Rc<T> {
    pub unsafe fn from_raw(ptr: *const T) -> Self { unsafe { Self::from_ptr(inner_from_value(ptr)) } }

    pub fn into_raw(this: Self) -> *const T {
        let this = ManuallyDrop::new(this);
        Self::as_ptr(&*this)
    }

    pub unsafe fn increment_strong_count(ptr: *const T) {
        let rc = unsafe { ManuallyDrop::new(Rc::<T>::from_raw(ptr)) };
        let _rc_clone: ManuallyDrop<Rc<T>> = ManuallyDrop::new((*rc).clone());
    }

    pub unsafe fn decrement_strong_count(ptr: *const T) { unsafe { drop(Rc::from_raw(ptr)) }; }

    pub fn as_ptr(this: &Self) -> *const T {
        let ptr: *mut RcInner<T> = this.ptr.as_ptr();
        unsafe { &raw mut (*ptr).value }
    }

    pub fn downgrade(this: &Self) -> Weak<T> {
        this.inner().inc_weak();
        Weak { ptr: this.ptr, alloc: Global }
    }

    pub fn weak_count(this: &Self) -> usize { this.inner().weak() - 1 }

    pub fn strong_count(this: &Self) -> usize { this.inner().strong() }

    fn is_unique(this: &Self) -> bool { Rc::weak_count(this) == 0 && Rc::strong_count(this) == 1 }

    pub fn get_mut(this: &mut Self) -> Option<&mut T> {
        if Rc::is_unique(this) { unsafe { Some(&mut (*this.ptr.as_ptr()).value) } } else { None }
    }

    pub fn ptr_eq(this: &Self, other: &Self) -> bool { ptr::addr_eq(this.ptr.as_ptr(), other.ptr.as_ptr()) }
}

/// Cloning a possibly unsized value into uninitialized memory (core's unstable CloneToUninit), which
/// make_mut of Rc and Arc needs: Clone types, slices of them and str.
pub(crate) unsafe trait CloneToUninit {
    unsafe fn clone_to_uninit(&self, dest: *mut u8);
}

unsafe impl<T: Clone> CloneToUninit for T {
    unsafe fn clone_to_uninit(&self, dest: *mut u8) { unsafe { ptr::write(dest as *mut T, self.clone()) } }
}

unsafe impl<T: Clone> CloneToUninit for [T] {
    unsafe fn clone_to_uninit(&self, dest: *mut u8) {
        // a panicking clone drops the clones made so far
        struct InitializingSlice<T> {
            data: *mut T,
            initialized_len: usize,
        }
        impl<T> Drop for InitializingSlice<T> {
            fn drop(&mut self) {
                unsafe { ptr::drop_in_place(crate::intrinsics::slice_from_raw_parts_mut(self.data, self.initialized_len)) }
            }
        }
        let mut init = InitializingSlice { data: dest as *mut T, initialized_len: 0 };
        for element in self.iter() {
            unsafe { ptr::write(init.data.add(init.initialized_len), element.clone()) };
            init.initialized_len += 1;
        }
        mem::forget(init);
    }
}

unsafe impl CloneToUninit for str {
    unsafe fn clone_to_uninit(&self, dest: *mut u8) {
        unsafe { ptr::copy_nonoverlapping(self.as_ptr(), dest, self.len()) }
    }
}

impl<T: ?Sized + CloneToUninit> Rc<T> {
    pub fn make_mut(this: &mut Self) -> &mut T {
        let size_of_val = mem::size_of_val::<T>(&**this);
        if Rc::strong_count(this) != 1 {
            // other strong references: clone the value into a new block (allocated before the clone, as std)
            unsafe {
                let ptr = Rc::<T>::allocate_for_ptr(&**this);
                (**this).clone_to_uninit((&raw mut (*ptr).value) as *mut u8);
                *this = Rc::from_ptr(ptr);
            }
        } else if Rc::weak_count(this) != 0 {
            // only weak references: move the value into a new block and leave the weaks the old one
            unsafe {
                let ptr = Rc::<T>::allocate_for_ptr(&**this);
                ptr::copy_nonoverlapping(&**this as *const T as *const u8, (&raw mut (*ptr).value) as *mut u8, size_of_val);
                this.inner().dec_strong();
                this.inner().dec_weak();
                ptr::write(this, Rc::from_ptr(ptr));
            }
        }
        unsafe { &mut (*this.ptr.as_ptr()).value }
    }
}

impl<T: Clone> Rc<T> {
    pub fn unwrap_or_clone(this: Self) -> T { Rc::try_unwrap(this).unwrap_or_else(|rc| (*rc).clone()) }
}

impl Rc<dyn Any> {
    pub fn downcast<T: Any>(self) -> Result<Rc<T>, Self> {
        if Any::type_id(&*self) == crate::any::TypeId::of::<T>() {
            let this = ManuallyDrop::new(self);
            unsafe { Ok(Rc::from_inner(this.ptr.cast())) }
        } else {
            Err(self)
        }
    }
}

impl<T: ?Sized> Deref for Rc<T> {
    type Target = T;
    fn deref(&self) -> &T { &self.inner().value }
}

impl<T: ?Sized> Drop for Rc<T> {
    fn drop(&mut self) {
        unsafe {
            self.inner().dec_strong();
            if self.inner().strong() == 0 {
                self.drop_slow();
            }
        }
    }
}

impl<T: ?Sized> Clone for Rc<T> {
    fn clone(&self) -> Self {
        unsafe {
            self.inner().inc_strong();
            Self::from_inner(self.ptr)
        }
    }
}

impl<T: Default> Default for Rc<T> {
    fn default() -> Self {
        // the block is allocated before T::default() runs, as std's Box::new_uninit + Box::write
        let fresh = Rc::<T>::new_uninit();
        unsafe {
            let data = (&raw mut (*fresh.ptr.as_ptr()).value) as *mut T;
            ptr::write(data, T::default());
            fresh.assume_init()
        }
    }
}

impl Default for Rc<str> {
    fn default() -> Self {
        let rc = Rc::<[u8]>::default();
        unsafe { Rc::from_raw(Rc::into_raw(rc) as *const str) }
    }
}

impl<T> Default for Rc<[T]> {
    fn default() -> Self {
        let arr: [T; 0] = [];
        Rc::from(arr)
    }
}

impl<T: ?Sized> Default for Pin<Rc<T>>
where Rc<T>: Default
{
    fn default() -> Self { unsafe { Pin::new_unchecked(Rc::<T>::default()) } }
}

impl<T: ?Sized + PartialEq> PartialEq for Rc<T> {
    fn eq(&self, other: &Rc<T>) -> bool { **self == **other }
    fn ne(&self, other: &Rc<T>) -> bool { **self != **other }
}

impl<T: ?Sized + Eq> Eq for Rc<T> {}

impl<T: ?Sized + PartialOrd> PartialOrd for Rc<T> {
    fn partial_cmp(&self, other: &Rc<T>) -> Option<Ordering> { (**self).partial_cmp(&**other) }
    fn lt(&self, other: &Rc<T>) -> bool { **self < **other }
    fn le(&self, other: &Rc<T>) -> bool { **self <= **other }
    fn gt(&self, other: &Rc<T>) -> bool { **self > **other }
    fn ge(&self, other: &Rc<T>) -> bool { **self >= **other }
}

impl<T: ?Sized + Ord> Ord for Rc<T> {
    fn cmp(&self, other: &Rc<T>) -> Ordering { (**self).cmp(&**other) }
}

impl<T: ?Sized + Hash> Hash for Rc<T> {
    fn hash<H: Hasher>(&self, state: &mut H) { (**self).hash(state) }
}

impl<T: ?Sized + fmt::Display> fmt::Display for Rc<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { fmt::Display::fmt(&**self, f) }
}

impl<T: ?Sized + fmt::Debug> fmt::Debug for Rc<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { fmt::Debug::fmt(&**self, f) }
}

impl<T: ?Sized> fmt::Pointer for Rc<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { fmt::Pointer::fmt(&(&raw const **self), f) }
}

impl<T> From<T> for Rc<T> {
    fn from(t: T) -> Self { Rc::new(t) }
}

impl<T, const N: usize> From<[T; N]> for Rc<[T]> {
    fn from(v: [T; N]) -> Rc<[T]> {
        let rc: Rc<[T; N]> = Rc::new(v);
        rc
    }
}

impl<T: Clone> From<&[T]> for Rc<[T]> {
    fn from(v: &[T]) -> Rc<[T]> { unsafe { Rc::from_iter_exact(v.iter().cloned(), v.len()) } }
}

impl<T: Clone> From<&mut [T]> for Rc<[T]> {
    fn from(v: &mut [T]) -> Rc<[T]> { <Rc<[T]> as From<&[T]>>::from(&*v) }
}

impl From<&str> for Rc<str> {
    fn from(v: &str) -> Rc<str> {
        let rc = unsafe { Rc::<[u8]>::copy_from_slice(v.as_bytes()) };
        unsafe { Rc::from_raw(Rc::into_raw(rc) as *const str) }
    }
}

impl From<&mut str> for Rc<str> {
    fn from(v: &mut str) -> Rc<str> { Rc::from(&*v) }
}

impl From<String> for Rc<str> {
    fn from(v: String) -> Rc<str> { Rc::from(&v[..]) }
}

impl<T: ?Sized> From<Box<T>> for Rc<T> {
    fn from(v: Box<T>) -> Rc<T> { Rc::from_box(v) }
}

impl<T> From<Vec<T>> for Rc<[T]> {
    fn from(v: Vec<T>) -> Rc<[T]> {
        unsafe {
            let mut v = ManuallyDrop::new(v);
            let len = v.len();
            let cap = v.capacity();
            let vec_ptr = v.as_mut_ptr();
            let rc_ptr = Self::allocate_for_slice(len);
            ptr::copy_nonoverlapping(vec_ptr, (&raw mut (*rc_ptr).value) as *mut T, len);
            // free the buffer without dropping its moved-out elements
            let _ = Vec::from_raw_parts(vec_ptr, 0, cap);
            Self::from_ptr(rc_ptr)
        }
    }
}

impl<'a, B> From<Cow<'a, B>> for Rc<B>
where
    B: ToOwned + ?Sized,
    Rc<B>: From<&'a B> + From<B::Owned>,
{
    fn from(cow: Cow<'a, B>) -> Rc<B> {
        match cow {
            Cow::Borrowed(s) => Rc::from(s),
            Cow::Owned(s) => Rc::from(s),
        }
    }
}

impl From<Rc<str>> for Rc<[u8]> {
    fn from(rc: Rc<str>) -> Self { unsafe { Rc::from_raw(Rc::into_raw(rc) as *const [u8]) } }
}

impl<T, const N: usize> TryFrom<Rc<[T]>> for Rc<[T; N]> {
    type Error = Rc<[T]>;
    fn try_from(boxed_slice: Rc<[T]>) -> Result<Self, Self::Error> {
        if boxed_slice.len() == N {
            let this = ManuallyDrop::new(boxed_slice);
            Ok(unsafe { Rc::from_inner(this.ptr.cast()) })
        } else {
            Err(boxed_slice)
        }
    }
}

impl<T> crate::iter::FromIterator<T> for Rc<[T]> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let iter = iter.into_iter();
        if iter.__trusted_len() {
            // std's TrustedLen path: one block of the exact size, the items written into it
            let (low, high) = iter.size_hint();
            match high {
                Some(high) if high == low => unsafe { Rc::from_iter_exact(iter, low) },
                _ => panic!("capacity overflow"),
            }
        } else {
            let v: Vec<T> = iter.collect();
            v.into()
        }
    }
}

impl<T: ?Sized> crate::borrow::Borrow<T> for Rc<T> {
    fn borrow(&self) -> &T { &**self }
}

impl<T: ?Sized> AsRef<T> for Rc<T> {
    fn as_ref(&self) -> &T { &**self }
}

impl<T: crate::error::Error + ?Sized> crate::error::Error for Rc<T> {
    #[allow(deprecated)]
    fn description(&self) -> &str { crate::error::Error::description(&**self) }
    #[allow(deprecated)]
    fn cause(&self) -> Option<&dyn crate::error::Error> { crate::error::Error::cause(&**self) }
    fn source(&self) -> Option<&(dyn crate::error::Error + 'static)> { crate::error::Error::source(&**self) }
}

pub struct Weak<T: ?Sized> {
    // not necessarily a valid pointer: Weak::new sets it to usize::MAX
    ptr: NonNull<RcInner<T>>,
    alloc: Global,
}

impl<T: ?Sized> !Send for Weak<T> {}
impl<T: ?Sized> !Sync for Weak<T> {}
impl<T: ?Sized + crate::marker::Unsize<U>, U: ?Sized> crate::ops::CoerceUnsized<Weak<U>> for Weak<T> {}

impl<T> Weak<T> {
    pub const fn new() -> Weak<T> { Weak { ptr: unsafe { NonNull::new_unchecked(usize::MAX as *mut RcInner<T>) }, alloc: Global } }
}

impl<T: ?Sized> Weak<T> {
    pub unsafe fn from_raw(ptr: *const T) -> Self {
        let ptr = if is_dangling(ptr) { ptr as *mut RcInner<T> } else { unsafe { inner_from_value(ptr) } };
        Weak { ptr: unsafe { NonNull::new_unchecked(ptr) }, alloc: Global }
    }

    pub fn into_raw(self) -> *const T { ManuallyDrop::new(self).as_ptr() }

    pub fn as_ptr(&self) -> *const T {
        let ptr: *mut RcInner<T> = self.ptr.as_ptr();
        if is_dangling(ptr) { ptr as *const T } else { unsafe { &raw mut (*ptr).value } }
    }

    pub fn upgrade(&self) -> Option<Rc<T>> {
        let inner = self.inner()?;
        if inner.0.get() == 0 {
            None
        } else {
            let strong = inner.0.get().wrapping_add(1);
            inner.0.set(strong);
            if strong == 0 {
                crate::intrinsics::abort();
            }
            unsafe { Some(Rc::from_inner(self.ptr)) }
        }
    }

    pub fn strong_count(&self) -> usize { if let Some(inner) = self.inner() { inner.0.get() } else { 0 } }

    pub fn weak_count(&self) -> usize {
        if let Some(inner) = self.inner() {
            if inner.0.get() > 0 { inner.1.get() - 1 } else { 0 }
        } else {
            0
        }
    }

    /// The counters (strong, weak) of the block, None for a dangling Weak; the value is not touched (it may
    /// have been dropped).
    fn inner(&self) -> Option<(&Cell<usize>, &Cell<usize>)> {
        let ptr = self.ptr.as_ptr();
        if is_dangling(ptr) { None } else { unsafe { Some((&(*ptr).strong, &(*ptr).weak)) } }
    }

    pub fn ptr_eq(&self, other: &Self) -> bool { ptr::addr_eq(self.ptr.as_ptr(), other.ptr.as_ptr()) }
}

impl<T: ?Sized> Drop for Weak<T> {
    fn drop(&mut self) {
        let inner = if let Some(inner) = self.inner() { inner } else { return };
        inner.1.set(inner.1.get() - 1);
        if inner.1.get() == 0 {
            unsafe { alloc::dealloc(self.ptr.as_ptr() as *mut u8, Layout::for_value(self.ptr.as_ref())) };
        }
    }
}

impl<T: ?Sized> Clone for Weak<T> {
    fn clone(&self) -> Weak<T> {
        if let Some(inner) = self.inner() {
            let weak = inner.1.get().wrapping_add(1);
            inner.1.set(weak);
            if weak == 0 {
                crate::intrinsics::abort();
            }
        }
        Weak { ptr: self.ptr, alloc: Global }
    }
}

impl<T: ?Sized> fmt::Debug for Weak<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { write!(f, "(Weak)") }
}

impl<T> Default for Weak<T> {
    fn default() -> Weak<T> { Weak::new() }
}
