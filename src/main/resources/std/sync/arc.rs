// Arc and Weak (alloc::sync): one heap block ArcInner {strong, weak: AtomicUsize, data} (#[repr(C, align(2))]);
// the strong references together hold one weak reference, a Weak::new() points at usize::MAX (no block).
// The algorithms are alloc 1.95's: clone counts up, drop counts down and drops the data at strong 0, the block
// is freed when the last weak goes; make_mut/get_mut lock the weak count as std does.
use crate::alloc::Global;
use crate::alloc::{self, Layout};
use crate::any::Any;
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
use crate::sync::atomic::{self, AtomicUsize};
use crate::sync::atomic::Ordering::{Acquire, Relaxed, Release};
use crate::vec::Vec;

const MAX_REFCOUNT: usize = (isize::MAX) as usize;
const INTERNAL_OVERFLOW_ERROR: &str = "Arc counter overflow";

pub struct Arc<T: ?Sized> {
    ptr: NonNull<ArcInner<T>>,
    phantom: PhantomData<ArcInner<T>>,
    alloc: Global,
}

unsafe impl<T: ?Sized + Sync + Send> Send for Arc<T> {}
unsafe impl<T: ?Sized + Sync + Send> Sync for Arc<T> {}
impl<T: RefUnwindSafe + ?Sized> UnwindSafe for Arc<T> {}
impl<T: ?Sized + crate::marker::Unsize<U>, U: ?Sized> crate::ops::CoerceUnsized<Arc<U>> for Arc<T> {}

pub struct Weak<T: ?Sized> {
    ptr: NonNull<ArcInner<T>>,
    alloc: Global,
}

unsafe impl<T: ?Sized + Sync + Send> Send for Weak<T> {}
unsafe impl<T: ?Sized + Sync + Send> Sync for Weak<T> {}
impl<T: ?Sized + crate::marker::Unsize<U>, U: ?Sized> crate::ops::CoerceUnsized<Weak<U>> for Weak<T> {}

impl<T: ?Sized> fmt::Debug for Weak<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { write!(f, "(Weak)") }
}

#[repr(C, align(2))]
struct ArcInner<T: ?Sized> {
    strong: AtomicUsize,
    weak: AtomicUsize,
    data: T,
}

unsafe impl<T: ?Sized + Sync + Send> Send for ArcInner<T> {}
unsafe impl<T: ?Sized + Sync + Send> Sync for ArcInner<T> {}

/// Where the data starts in an ArcInner whose data has this alignment: after the two counters, padded.
fn data_offset_align(align: usize) -> usize { (16 + align - 1) & !(align - 1) }

/// The ArcInner layout for a value of this layout (ArcInner<()>.extend(value).pad_to_align()).
fn arcinner_layout_for_value_layout(layout: Layout) -> Layout {
    let align = if layout.align() > 8 { layout.align() } else { 8 };
    let size = data_offset_align(layout.align()) + layout.size();
    let size = (size + align - 1) & !(align - 1);
    unsafe { Layout::from_size_align_unchecked(size, align) }
}

fn is_dangling<T: ?Sized>(ptr: *const T) -> bool { crate::intrinsics::ptr_addr(ptr) == usize::MAX }

impl<T: ?Sized> Arc<T> {
    unsafe fn from_inner(ptr: NonNull<ArcInner<T>>) -> Self { Arc { ptr, phantom: PhantomData, alloc: Global } }
    unsafe fn from_ptr(ptr: *mut ArcInner<T>) -> Self { unsafe { Self::from_inner(NonNull::new_unchecked(ptr)) } }
}

impl<T> Arc<T> {
    pub fn new(data: T) -> Arc<T> {
        let x: crate::boxed::Box<ArcInner<T>> =
            crate::boxed::Box::new(ArcInner { strong: AtomicUsize::new(1), weak: AtomicUsize::new(1), data });
        unsafe { Self::from_inner(NonNull::new_unchecked(crate::boxed::Box::into_raw(x))) }
    }

    pub fn new_cyclic<F>(data_fn: F) -> Arc<T>
    where F: FnOnce(&Weak<T>) -> T {
        let uninit: crate::boxed::Box<ArcInner<MaybeUninit<T>>> = crate::boxed::Box::new(ArcInner {
            strong: AtomicUsize::new(0),
            weak: AtomicUsize::new(1),
            data: MaybeUninit::<T>::uninit(),
        });
        let init_ptr: NonNull<ArcInner<T>> =
            unsafe { NonNull::new_unchecked(crate::boxed::Box::into_raw(uninit) as *mut ArcInner<T>) };
        let weak = Weak { ptr: init_ptr, alloc: Global };
        let data = data_fn(&weak);
        unsafe {
            let inner = init_ptr.as_ptr();
            ptr::write(&raw mut (*inner).data, data);
            (*inner).strong.fetch_add(1, Release);
            mem::forget(weak);
            Arc::from_inner(init_ptr)
        }
    }

    pub fn new_uninit() -> Arc<MaybeUninit<T>> {
        unsafe {
            let layout = arcinner_layout_for_value_layout(Layout::new::<T>());
            let mem = alloc::alloc(layout);
            if mem.is_null() {
                alloc::handle_alloc_error(layout);
            }
            let inner = mem as *mut ArcInner<MaybeUninit<T>>;
            ptr::write(&raw mut (*inner).strong, AtomicUsize::new(1));
            ptr::write(&raw mut (*inner).weak, AtomicUsize::new(1));
            Arc::from_ptr(inner)
        }
    }

    pub fn new_zeroed() -> Arc<MaybeUninit<T>> {
        unsafe {
            let layout = arcinner_layout_for_value_layout(Layout::new::<T>());
            let mem = alloc::alloc_zeroed(layout);
            if mem.is_null() {
                alloc::handle_alloc_error(layout);
            }
            let inner = mem as *mut ArcInner<MaybeUninit<T>>;
            ptr::write(&raw mut (*inner).strong, AtomicUsize::new(1));
            ptr::write(&raw mut (*inner).weak, AtomicUsize::new(1));
            Arc::from_ptr(inner)
        }
    }

    pub fn pin(data: T) -> Pin<Arc<T>> { unsafe { Pin::new_unchecked(Arc::new(data)) } }

    pub fn try_unwrap(this: Self) -> Result<T, Self> {
        if this.inner().strong.compare_exchange(1, 0, Relaxed, Relaxed).is_err() {
            return Err(this);
        }
        atomic::fence(Acquire);
        let this = ManuallyDrop::new(this);
        let elem: T = unsafe { ptr::read(&this.ptr.as_ref().data) };
        let _weak = Weak { ptr: this.ptr, alloc: Global };
        Ok(elem)
    }

    pub fn into_inner(this: Self) -> Option<T> {
        let this = ManuallyDrop::new(this);
        if this.inner().strong.fetch_sub(1, Release) != 1 {
            return None;
        }
        atomic::fence(Acquire);
        let inner = unsafe { ptr::read(&(*this.ptr.as_ptr()).data) };
        drop(Weak { ptr: this.ptr, alloc: Global });
        Some(inner)
    }
}

impl<T> Arc<[T]> {
    /// An ArcInner<[T]> block for len elements, counters set to 1, the elements uninitialized.
    unsafe fn allocate_for_slice(len: usize) -> *mut ArcInner<[T]> {
        let value = Layout::array::<T>(len).unwrap();
        let layout = arcinner_layout_for_value_layout(value);
        unsafe {
            let mem = alloc::alloc(layout);
            if mem.is_null() {
                alloc::handle_alloc_error(layout);
            }
            let inner = crate::intrinsics::slice_from_raw_parts_mut(mem as *mut T, len) as *mut ArcInner<[T]>;
            ptr::write(&raw mut (*inner).strong, AtomicUsize::new(1));
            ptr::write(&raw mut (*inner).weak, AtomicUsize::new(1));
            inner
        }
    }

    pub fn new_uninit_slice(len: usize) -> Arc<[MaybeUninit<T>]> {
        unsafe { Arc::from_ptr(Arc::<[MaybeUninit<T>]>::allocate_for_slice(len)) }
    }

    pub fn new_zeroed_slice(len: usize) -> Arc<[MaybeUninit<T>]> {
        let value = Layout::array::<T>(len).unwrap();
        let layout = arcinner_layout_for_value_layout(value);
        unsafe {
            let mem = alloc::alloc_zeroed(layout);
            if mem.is_null() {
                alloc::handle_alloc_error(layout);
            }
            let inner = crate::intrinsics::slice_from_raw_parts_mut(mem as *mut MaybeUninit<T>, len) as *mut ArcInner<[MaybeUninit<T>]>;
            ptr::write(&raw mut (*inner).strong, AtomicUsize::new(1));
            ptr::write(&raw mut (*inner).weak, AtomicUsize::new(1));
            Arc::from_ptr(inner)
        }
    }

    unsafe fn copy_from_slice(v: &[T]) -> Arc<[T]> {
        unsafe {
            let ptr = Self::allocate_for_slice(v.len());
            ptr::copy_nonoverlapping(v.as_ptr(), (&raw mut (*ptr).data) as *mut T, v.len());
            Self::from_ptr(ptr)
        }
    }

    /// From an iterator of exactly len items: the block first, then each item written into it.
    unsafe fn from_iter_exact(iter: impl Iterator<Item = T>, len: usize) -> Arc<[T]> {
        unsafe {
            let ptr = Self::allocate_for_slice(len);
            let elems = (&raw mut (*ptr).data) as *mut T;
            let mut i = 0;
            for item in iter {
                ptr::write(elems.add(i), item);
                i += 1;
            }
            Self::from_ptr(ptr)
        }
    }
}

impl<T> Arc<MaybeUninit<T>> {
    pub unsafe fn assume_init(self) -> Arc<T> {
        let this = ManuallyDrop::new(self);
        unsafe { Arc::from_inner(this.ptr.cast()) }
    }
}

impl<T> Arc<[MaybeUninit<T>]> {
    pub unsafe fn assume_init(self) -> Arc<[T]> {
        let this = ManuallyDrop::new(self);
        unsafe { Arc::from_ptr(this.ptr.as_ptr() as *mut ArcInner<[T]>) }
    }
}

impl<T: ?Sized> Arc<T> {
    pub unsafe fn from_raw(ptr: *const T) -> Self {
        unsafe {
            let offset = data_offset_align(crate::intrinsics::align_of_val(ptr));
            let addr = crate::intrinsics::ptr_addr(ptr) - offset;
            let arc_ptr = crate::intrinsics::ptr_with_addr(ptr, addr) as *mut ArcInner<T>;
            Self::from_ptr(arc_ptr)
        }
    }

    pub fn into_raw(this: Self) -> *const T {
        let this = ManuallyDrop::new(this);
        Self::as_ptr(&*this)
    }

    pub unsafe fn increment_strong_count(ptr: *const T) {
        let arc = unsafe { ManuallyDrop::new(Arc::from_raw(ptr)) };
        let _arc_clone: ManuallyDrop<Arc<T>> = ManuallyDrop::new((*arc).clone());
    }

    pub unsafe fn decrement_strong_count(ptr: *const T) { unsafe { drop(Arc::from_raw(ptr)) }; }

    pub fn as_ptr(this: &Self) -> *const T {
        let ptr: *mut ArcInner<T> = this.ptr.as_ptr();
        unsafe { &raw mut (*ptr).data }
    }

    pub fn downgrade(this: &Self) -> Weak<T> {
        let mut cur = this.inner().weak.load(Relaxed);
        loop {
            if cur == usize::MAX {
                cur = this.inner().weak.load(Relaxed);
                continue;
            }
            assert!(cur <= MAX_REFCOUNT, "{}", INTERNAL_OVERFLOW_ERROR);
            match this.inner().weak.compare_exchange_weak(cur, cur + 1, Acquire, Relaxed) {
                Ok(_) => return Weak { ptr: this.ptr, alloc: Global },
                Err(old) => cur = old,
            }
        }
    }

    pub fn weak_count(this: &Self) -> usize {
        let cnt = this.inner().weak.load(Relaxed);
        if cnt == usize::MAX { 0 } else { cnt - 1 }
    }

    pub fn strong_count(this: &Self) -> usize { this.inner().strong.load(Relaxed) }

    fn inner(&self) -> &ArcInner<T> { unsafe { self.ptr.as_ref() } }

    unsafe fn drop_slow(&mut self) {
        let _weak = Weak { ptr: self.ptr, alloc: Global };
        unsafe { ptr::drop_in_place(&raw mut (*self.ptr.as_ptr()).data) };
    }

    pub fn ptr_eq(this: &Self, other: &Self) -> bool { ptr::addr_eq(this.ptr.as_ptr(), other.ptr.as_ptr()) }

    pub fn get_mut(this: &mut Self) -> Option<&mut T> {
        if Self::is_unique(this) { unsafe { Some(&mut (*this.ptr.as_ptr()).data) } } else { None }
    }

    fn is_unique(this: &Self) -> bool {
        if this.inner().weak.compare_exchange(1, usize::MAX, Acquire, Relaxed).is_ok() {
            let unique = this.inner().strong.load(Acquire) == 1;
            this.inner().weak.store(1, Release);
            unique
        } else {
            false
        }
    }
}

impl<T: ?Sized> Arc<T> {
    /// A block for a copy of the value behind ptr (same metadata), counters set to 1, the value uninitialized.
    unsafe fn allocate_for_ptr(ptr: *const T) -> *mut ArcInner<T> {
        unsafe {
            let layout = arcinner_layout_for_value_layout(Layout::for_value(&*ptr));
            let mem = alloc::alloc(layout);
            if mem.is_null() {
                alloc::handle_alloc_error(layout);
            }
            let inner = crate::intrinsics::ptr_with_metadata_of(mem as *const u8, ptr) as *mut ArcInner<T>;
            ptr::write(&raw mut (*inner).strong, AtomicUsize::new(1));
            ptr::write(&raw mut (*inner).weak, AtomicUsize::new(1));
            inner
        }
    }
}

impl<T: ?Sized + crate::rc::CloneToUninit> Arc<T> {
    pub fn make_mut(this: &mut Self) -> &mut T {
        let size_of_val = mem::size_of_val::<T>(&**this);
        if this.inner().strong.compare_exchange(1, 0, Acquire, Relaxed).is_err() {
            // other strong references: clone the data into a new block (allocated before the clone, as std)
            unsafe {
                let ptr = Arc::<T>::allocate_for_ptr(&**this);
                (**this).clone_to_uninit((&raw mut (*ptr).data) as *mut u8);
                *this = Arc::from_ptr(ptr);
            }
        } else if this.inner().weak.load(Relaxed) != 1 {
            // only weak references: move the data into a new block and leave the weaks the old one
            let _weak = Weak { ptr: this.ptr, alloc: Global };
            unsafe {
                let ptr = Arc::<T>::allocate_for_ptr(&**this);
                ptr::copy_nonoverlapping(&**this as *const T as *const u8, (&raw mut (*ptr).data) as *mut u8, size_of_val);
                ptr::write(this, Arc::from_ptr(ptr));
            }
        } else {
            this.inner().strong.store(1, Release);
        }
        unsafe { &mut (*this.ptr.as_ptr()).data }
    }
}

impl<T: Clone> Arc<T> {
    pub fn unwrap_or_clone(this: Self) -> T { Arc::try_unwrap(this).unwrap_or_else(|arc| (*arc).clone()) }
}

impl<T: ?Sized> Clone for Arc<T> {
    fn clone(&self) -> Arc<T> {
        let old_size = self.inner().strong.fetch_add(1, Relaxed);
        if old_size > MAX_REFCOUNT {
            crate::intrinsics::abort();
        }
        unsafe { Self::from_inner(self.ptr) }
    }
}

impl<T: ?Sized> Deref for Arc<T> {
    type Target = T;
    fn deref(&self) -> &T { &self.inner().data }
}

impl<T: ?Sized> Drop for Arc<T> {
    fn drop(&mut self) {
        if self.inner().strong.fetch_sub(1, Release) != 1 {
            return;
        }
        atomic::fence(Acquire);
        unsafe { self.drop_slow() };
    }
}

impl Arc<dyn Any + Send + Sync> {
    pub fn downcast<T>(self) -> Result<Arc<T>, Self>
    where T: Any + Send + Sync {
        if Any::type_id(&*self) == crate::any::TypeId::of::<T>() {
            let this = ManuallyDrop::new(self);
            unsafe { Ok(Arc::from_inner(this.ptr.cast())) }
        } else {
            Err(self)
        }
    }
}

impl<T> Weak<T> {
    pub const fn new() -> Weak<T> { Weak { ptr: unsafe { NonNull::new_unchecked(usize::MAX as *mut ArcInner<T>) }, alloc: Global } }
}

impl<T: ?Sized> Weak<T> {
    pub unsafe fn from_raw(ptr: *const T) -> Self {
        let ptr = if is_dangling(ptr) {
            ptr as *mut ArcInner<T>
        } else {
            let offset = data_offset_align(crate::intrinsics::align_of_val(ptr));
            let addr = crate::intrinsics::ptr_addr(ptr) - offset;
            crate::intrinsics::ptr_with_addr(ptr, addr) as *mut ArcInner<T>
        };
        Weak { ptr: unsafe { NonNull::new_unchecked(ptr) }, alloc: Global }
    }

    pub fn into_raw(self) -> *const T { ManuallyDrop::new(self).as_ptr() }

    pub fn as_ptr(&self) -> *const T {
        let ptr: *mut ArcInner<T> = self.ptr.as_ptr();
        if is_dangling(ptr) { ptr as *const T } else { unsafe { &raw mut (*ptr).data } }
    }

    pub fn upgrade(&self) -> Option<Arc<T>> {
        fn checked_increment(n: usize) -> Option<usize> {
            if n == 0 {
                return None;
            }
            assert!(n <= MAX_REFCOUNT, "{}", INTERNAL_OVERFLOW_ERROR);
            Some(n + 1)
        }
        let inner = self.inner()?;
        if inner.0.try_update(Acquire, Relaxed, checked_increment).is_ok() {
            unsafe { Some(Arc::from_inner(self.ptr)) }
        } else {
            None
        }
    }

    pub fn strong_count(&self) -> usize { if let Some(inner) = self.inner() { inner.0.load(Relaxed) } else { 0 } }

    pub fn weak_count(&self) -> usize {
        if let Some(inner) = self.inner() {
            let weak = inner.1.load(Acquire);
            let strong = inner.0.load(Relaxed);
            if strong == 0 { 0 } else { weak - 1 }
        } else {
            0
        }
    }

    /// The counters (strong, weak) of the block, None for a dangling Weak.
    fn inner(&self) -> Option<(&AtomicUsize, &AtomicUsize)> {
        let ptr = self.ptr.as_ptr();
        if is_dangling(ptr) { None } else { unsafe { Some((&(*ptr).strong, &(*ptr).weak)) } }
    }

    pub fn ptr_eq(&self, other: &Self) -> bool { ptr::addr_eq(self.ptr.as_ptr(), other.ptr.as_ptr()) }
}

impl<T: ?Sized> Clone for Weak<T> {
    fn clone(&self) -> Weak<T> {
        if let Some(inner) = self.inner() {
            let old_size = inner.1.fetch_add(1, Relaxed);
            if old_size > MAX_REFCOUNT {
                crate::intrinsics::abort();
            }
        }
        Weak { ptr: self.ptr, alloc: Global }
    }
}

impl<T> Default for Weak<T> {
    fn default() -> Weak<T> { Weak::new() }
}

impl<T: ?Sized> Drop for Weak<T> {
    fn drop(&mut self) {
        let inner = if let Some(inner) = self.inner() { inner } else { return };
        if inner.1.fetch_sub(1, Release) == 1 {
            atomic::fence(Acquire);
            unsafe { alloc::dealloc(self.ptr.as_ptr() as *mut u8, Layout::for_value(self.ptr.as_ref())) }
        }
    }
}

impl<T: ?Sized + PartialEq> PartialEq for Arc<T> {
    fn eq(&self, other: &Arc<T>) -> bool { **self == **other }
    fn ne(&self, other: &Arc<T>) -> bool { **self != **other }
}

impl<T: ?Sized + PartialOrd> PartialOrd for Arc<T> {
    fn partial_cmp(&self, other: &Arc<T>) -> Option<Ordering> { (**self).partial_cmp(&**other) }
    fn lt(&self, other: &Arc<T>) -> bool { *(*self) < *(*other) }
    fn le(&self, other: &Arc<T>) -> bool { *(*self) <= *(*other) }
    fn gt(&self, other: &Arc<T>) -> bool { *(*self) > *(*other) }
    fn ge(&self, other: &Arc<T>) -> bool { *(*self) >= *(*other) }
}

impl<T: ?Sized + Ord> Ord for Arc<T> {
    fn cmp(&self, other: &Arc<T>) -> Ordering { (**self).cmp(&**other) }
}

impl<T: ?Sized + Eq> Eq for Arc<T> {}

impl<T: ?Sized + fmt::Display> fmt::Display for Arc<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { fmt::Display::fmt(&**self, f) }
}

impl<T: ?Sized + fmt::Debug> fmt::Debug for Arc<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { fmt::Debug::fmt(&**self, f) }
}

impl<T: ?Sized> fmt::Pointer for Arc<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { fmt::Pointer::fmt(&(&raw const **self), f) }
}

impl<T: Default> Default for Arc<T> {
    fn default() -> Arc<T> {
        // the block is allocated before T::default() runs, as std's Box::new_uninit + Box::write
        let fresh = Arc::<T>::new_uninit();
        unsafe {
            let data = (&raw mut (*fresh.ptr.as_ptr()).data) as *mut T;
            ptr::write(data, T::default());
            fresh.assume_init()
        }
    }
}

/// The block every empty Arc<[T]> and Arc<str> shares (std's STATIC_INNER_SLICE): never freed.
#[repr(C, align(16))]
struct SliceArcInnerForStatic {
    inner: ArcInner<[u8; 1]>,
}

unsafe impl Sync for SliceArcInnerForStatic {}

static STATIC_INNER_SLICE: SliceArcInnerForStatic =
    SliceArcInnerForStatic { inner: ArcInner { strong: AtomicUsize::new(1), weak: AtomicUsize::new(1), data: [0] } };

impl Default for Arc<str> {
    fn default() -> Self {
        let arc: Arc<[u8]> = Default::default();
        let this = ManuallyDrop::new(arc);
        unsafe { Arc::from_ptr(this.ptr.as_ptr() as *mut ArcInner<str>) }
    }
}

impl<T> Default for Arc<[T]> {
    fn default() -> Self {
        if mem::align_of::<T>() <= 16 {
            let inner = &STATIC_INNER_SLICE as *const SliceArcInnerForStatic as *mut ArcInner<[T; 0]>;
            let this: ManuallyDrop<Arc<[T; 0]>> = unsafe { ManuallyDrop::new(Arc::from_ptr(inner)) };
            let arc: Arc<[T; 0]> = (*this).clone();
            return arc;
        }
        let arr: [T; 0] = [];
        let arc: Arc<[T; 0]> = Arc::new(arr);
        arc
    }
}

impl<T: ?Sized> Default for Pin<Arc<T>>
where Arc<T>: Default
{
    fn default() -> Self { unsafe { Pin::new_unchecked(Arc::<T>::default()) } }
}

impl<T: ?Sized + Hash> Hash for Arc<T> {
    fn hash<H: Hasher>(&self, state: &mut H) { (**self).hash(state) }
}

impl<T> From<T> for Arc<T> {
    fn from(t: T) -> Self { Arc::new(t) }
}

impl<T, const N: usize> From<[T; N]> for Arc<[T]> {
    fn from(v: [T; N]) -> Arc<[T]> {
        let arc: Arc<[T; N]> = Arc::new(v);
        arc
    }
}

impl<T: Clone> From<&[T]> for Arc<[T]> {
    fn from(v: &[T]) -> Arc<[T]> {
        unsafe { Arc::from_iter_exact(v.iter().cloned(), v.len()) }
    }
}

impl<T: Clone> From<&mut [T]> for Arc<[T]> {
    fn from(v: &mut [T]) -> Arc<[T]> { <Arc<[T]> as From<&[T]>>::from(&*v) }
}

impl From<&str> for Arc<str> {
    fn from(v: &str) -> Arc<str> {
        let arc = unsafe { Arc::<[u8]>::copy_from_slice(v.as_bytes()) };
        unsafe { Arc::from_raw(Arc::into_raw(arc) as *const str) }
    }
}

impl From<&mut str> for Arc<str> {
    fn from(v: &mut str) -> Arc<str> { Arc::from(&*v) }
}

impl From<String> for Arc<str> {
    fn from(v: String) -> Arc<str> { Arc::from(&v[..]) }
}

impl<T: ?Sized> From<crate::boxed::Box<T>> for Arc<T> {
    fn from(src: crate::boxed::Box<T>) -> Arc<T> {
        unsafe {
            let value_size = mem::size_of_val(&*src);
            let layout = arcinner_layout_for_value_layout(Layout::for_value(&*src));
            let mem = alloc::alloc(layout);
            if mem.is_null() {
                alloc::handle_alloc_error(layout);
            }
            let src_ptr = crate::boxed::Box::into_raw(src);
            let inner = crate::intrinsics::ptr_with_metadata_of(mem as *const u8, src_ptr as *const T) as *mut ArcInner<T>;
            ptr::write(&raw mut (*inner).strong, AtomicUsize::new(1));
            ptr::write(&raw mut (*inner).weak, AtomicUsize::new(1));
            ptr::copy_nonoverlapping(src_ptr as *const u8, (&raw mut (*inner).data) as *mut u8, value_size);
            // free the box without dropping its moved-out value
            let box_layout = Layout::for_value(&*src_ptr);
            if box_layout.size() != 0 {
                alloc::dealloc(src_ptr as *mut u8, box_layout);
            }
            Self::from_ptr(inner)
        }
    }
}

impl<T> From<Vec<T>> for Arc<[T]> {
    fn from(v: Vec<T>) -> Arc<[T]> {
        unsafe {
            let mut v = ManuallyDrop::new(v);
            let len = v.len();
            let cap = v.capacity();
            let vec_ptr = v.as_mut_ptr();
            let rc_ptr = Self::allocate_for_slice(len);
            ptr::copy_nonoverlapping(vec_ptr, (&raw mut (*rc_ptr).data) as *mut T, len);
            let _ = Vec::from_raw_parts(vec_ptr, 0, cap);
            Self::from_ptr(rc_ptr)
        }
    }
}

impl<'a, B> From<crate::borrow::Cow<'a, B>> for Arc<B>
where
    B: crate::borrow::ToOwned + ?Sized,
    Arc<B>: From<&'a B> + From<B::Owned>,
{
    fn from(cow: crate::borrow::Cow<'a, B>) -> Arc<B> {
        match cow {
            crate::borrow::Cow::Borrowed(s) => Arc::from(s),
            crate::borrow::Cow::Owned(s) => Arc::from(s),
        }
    }
}

impl From<Arc<str>> for Arc<[u8]> {
    fn from(rc: Arc<str>) -> Self { unsafe { Arc::from_raw(Arc::into_raw(rc) as *const [u8]) } }
}

impl<T, const N: usize> TryFrom<Arc<[T]>> for Arc<[T; N]> {
    type Error = Arc<[T]>;
    fn try_from(boxed_slice: Arc<[T]>) -> Result<Self, Self::Error> {
        if boxed_slice.len() == N {
            let this = ManuallyDrop::new(boxed_slice);
            Ok(unsafe { Arc::from_inner(this.ptr.cast()) })
        } else {
            Err(boxed_slice)
        }
    }
}

impl<T> crate::iter::FromIterator<T> for Arc<[T]> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let iter = iter.into_iter();
        let (low, high) = iter.size_hint();
        if iter.__trusted_len() && high == Some(low) {
            unsafe { Arc::from_iter_exact(iter, low) }
        } else {
            let v: Vec<T> = iter.collect();
            v.into()
        }
    }
}

impl<T: ?Sized> crate::borrow::Borrow<T> for Arc<T> {
    fn borrow(&self) -> &T { &**self }
}

impl<T: ?Sized> AsRef<T> for Arc<T> {
    fn as_ref(&self) -> &T { &**self }
}

impl<T: ?Sized> Unpin for Arc<T> {}

impl<T: crate::error::Error + ?Sized> crate::error::Error for Arc<T> {
    #[allow(deprecated)]
    fn description(&self) -> &str { crate::error::Error::description(&**self) }
    #[allow(deprecated)]
    fn cause(&self) -> Option<&dyn crate::error::Error> { crate::error::Error::cause(&**self) }
    fn source(&self) -> Option<&(dyn crate::error::Error + 'static)> { crate::error::Error::source(&**self) }
}
