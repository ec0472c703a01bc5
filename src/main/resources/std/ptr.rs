use crate::intrinsics;
/// `ptr::addr_of!` and `ptr::addr_of_mut!` (exported at the crate root, as every `#[macro_export]` macro).
pub use crate::{addr_of, addr_of_mut};

pub const fn null<T>() -> *const T { 0 as *const T }
pub const fn null_mut<T>() -> *mut T { 0 as *mut T }

pub unsafe fn read<T>(src: *const T) -> T { unsafe { intrinsics::read_via_copy(src) } }
pub unsafe fn read_unaligned<T>(src: *const T) -> T {
    let mut tmp = crate::mem::MaybeUninit::<T>::uninit();
    unsafe {
        copy_nonoverlapping(src as *const u8, tmp.as_mut_ptr() as *mut u8, crate::mem::size_of::<T>());
        tmp.assume_init()
    }
}
pub unsafe fn read_volatile<T>(src: *const T) -> T { unsafe { intrinsics::read_via_copy(src) } }
pub unsafe fn write<T>(dst: *mut T, src: T) { unsafe { intrinsics::write_via_move(dst, src) } }
pub unsafe fn write_unaligned<T>(dst: *mut T, src: T) {
    unsafe {
        copy_nonoverlapping(&raw const src as *const u8, dst as *mut u8, crate::mem::size_of::<T>());
        intrinsics::forget(src);
    }
}
pub unsafe fn write_volatile<T>(dst: *mut T, src: T) { unsafe { intrinsics::write_via_move(dst, src) } }
pub unsafe fn write_bytes<T>(dst: *mut T, val: u8, count: usize) { unsafe { intrinsics::write_bytes(dst, val, count) } }
pub unsafe fn copy<T>(src: *const T, dst: *mut T, count: usize) { unsafe { intrinsics::copy(src, dst, count) } }
pub unsafe fn copy_nonoverlapping<T>(src: *const T, dst: *mut T, count: usize) {
    unsafe { intrinsics::copy_nonoverlapping(src, dst, count) }
}
pub unsafe fn replace<T>(dst: *mut T, src: T) -> T {
    unsafe {
        let old = read(dst);
        write(dst, src);
        old
    }
}
pub unsafe fn swap<T>(x: *mut T, y: *mut T) {
    unsafe {
        let tmp = read(x);
        copy(y, x, 1);
        write(y, tmp);
    }
}
/// Swaps count values at x and y (the two ranges must not overlap), as memcpy through a buffer would.
pub unsafe fn swap_nonoverlapping<T>(x: *mut T, y: *mut T, count: usize) {
    let mut i = 0;
    while i < count {
        unsafe { swap(x.add(i), y.add(i)) };
        i += 1;
    }
}
pub unsafe fn drop_in_place<T: ?Sized>(to_drop: *mut T) { unsafe { intrinsics::drop_in_place(to_drop) } }
pub const fn from_ref<T: ?Sized>(r: &T) -> *const T { r }
pub const fn from_mut<T: ?Sized>(r: &mut T) -> *mut T { r }
pub const fn without_provenance<T>(addr: usize) -> *const T { unsafe { intrinsics::transmute(addr) } }
pub const fn without_provenance_mut<T>(addr: usize) -> *mut T { unsafe { intrinsics::transmute(addr) } }
pub fn with_exposed_provenance<T>(addr: usize) -> *const T { addr as *const T }
pub fn with_exposed_provenance_mut<T>(addr: usize) -> *mut T { addr as *mut T }
pub fn fn_addr_eq<T: Copy, U: Copy>(f: T, g: U) -> bool {
    unsafe { intrinsics::transmute_unchecked::<T, usize>(f) == intrinsics::transmute_unchecked::<U, usize>(g) }
}
pub fn hash<T: ?Sized, S: crate::hash::Hasher>(hashee: *const T, into: &mut S) {
    use crate::hash::Hash;
    hashee.hash(into);
}

pub fn eq<T: ?Sized>(a: *const T, b: *const T) -> bool { a == b }
pub fn addr_eq<T: ?Sized, U: ?Sized>(p: *const T, q: *const U) -> bool { intrinsics::ptr_addr(p) == intrinsics::ptr_addr(q) }

pub fn slice_from_raw_parts<T>(data: *const T, len: usize) -> *const [T] { intrinsics::slice_from_raw_parts(data, len) }
pub fn slice_from_raw_parts_mut<T>(data: *mut T, len: usize) -> *mut [T] { intrinsics::slice_from_raw_parts_mut(data, len) }

pub const fn dangling<T>() -> *const T { intrinsics::align_of::<T>() as *const T }
pub const fn dangling_mut<T>() -> *mut T { intrinsics::align_of::<T>() as *mut T }

impl<T: ?Sized> *const T {
    pub fn is_null(self) -> bool { intrinsics::ptr_addr(self) == 0 }
    pub const fn cast<U>(self) -> *const U { self as *const U }
    pub fn addr(self) -> usize { intrinsics::ptr_addr(self) }
    pub unsafe fn as_ref<'a>(self) -> Option<&'a T> { if self.is_null() { None } else { unsafe { Some(&*self) } } }
    pub const fn cast_mut(self) -> *mut T { self as *mut T }
    pub fn expose_provenance(self) -> usize { self as *const u8 as usize }
    pub fn with_addr(self, addr: usize) -> *const T { intrinsics::ptr_with_addr(self, addr) }
    pub fn map_addr(self, f: impl FnOnce(usize) -> usize) -> *const T { self.with_addr(f(self.addr())) }
    pub unsafe fn byte_add(self, count: usize) -> *const T { self.with_addr(self.addr().wrapping_add(count)) }
    pub unsafe fn byte_sub(self, count: usize) -> *const T { self.with_addr(self.addr().wrapping_sub(count)) }
    pub unsafe fn byte_offset(self, count: isize) -> *const T { self.with_addr(self.addr().wrapping_add(count as usize)) }
    pub fn wrapping_byte_add(self, count: usize) -> *const T { self.with_addr(self.addr().wrapping_add(count)) }
    pub fn wrapping_byte_sub(self, count: usize) -> *const T { self.with_addr(self.addr().wrapping_sub(count)) }
    pub unsafe fn byte_offset_from<U: ?Sized>(self, origin: *const U) -> isize {
        self.addr().wrapping_sub(intrinsics::ptr_addr(origin)) as isize
    }
}

impl<T> *const T {
    pub unsafe fn add(self, count: usize) -> *const T { unsafe { intrinsics::offset(self, count as isize) } }
    pub unsafe fn sub(self, count: usize) -> *const T { unsafe { intrinsics::offset(self, 0isize.wrapping_sub(count as isize)) } }
    pub unsafe fn offset(self, count: isize) -> *const T { unsafe { intrinsics::offset(self, count) } }
    pub fn wrapping_add(self, count: usize) -> *const T { unsafe { intrinsics::offset(self, count as isize) } }
    pub fn wrapping_sub(self, count: usize) -> *const T { unsafe { intrinsics::offset(self, 0isize.wrapping_sub(count as isize)) } }
    pub fn wrapping_offset(self, count: isize) -> *const T { unsafe { intrinsics::offset(self, count) } }
    pub unsafe fn offset_from(self, origin: *const T) -> isize { unsafe { intrinsics::ptr_offset_from(self, origin) } }
    pub unsafe fn read(self) -> T { unsafe { read(self) } }
    pub unsafe fn read_unaligned(self) -> T { unsafe { read_unaligned(self) } }
    pub unsafe fn read_volatile(self) -> T { unsafe { read(self) } }
    pub unsafe fn copy_to(self, dest: *mut T, count: usize) { unsafe { copy(self, dest, count) } }
    pub unsafe fn copy_to_nonoverlapping(self, dest: *mut T, count: usize) { unsafe { copy_nonoverlapping(self, dest, count) } }
    #[track_caller]
    pub unsafe fn offset_from_unsigned(self, origin: *const T) -> usize {
        if intrinsics::ptr_addr(self) < intrinsics::ptr_addr(origin) {
            crate::panicking::precondition_violated(format_args!("ptr::offset_from_unsigned requires `self >= origin`"));
        }
        unsafe { intrinsics::ptr_offset_from(self, origin) as usize }
    }
    pub fn is_aligned(self) -> bool { self.addr() % intrinsics::align_of::<T>() == 0 }
    pub fn align_offset(self, align: usize) -> usize {
        if !align.is_power_of_two() { panic!("align_offset: align is not a power-of-two"); }
        let size = intrinsics::size_of::<T>();
        let misalign = self.addr() % align;
        if misalign == 0 { return 0; }
        let bytes = align - misalign;
        if size == 0 { usize::MAX } else if bytes % size == 0 { bytes / size } else { usize::MAX }
    }
}

impl<T: ?Sized> *mut T {
    pub fn is_null(self) -> bool { intrinsics::ptr_addr(self) == 0 }
    pub const fn cast<U>(self) -> *mut U { self as *mut U }
    pub fn addr(self) -> usize { intrinsics::ptr_addr(self) }
    pub const fn cast_const(self) -> *const T { self as *const T }
    pub unsafe fn as_ref<'a>(self) -> Option<&'a T> { if self.is_null() { None } else { unsafe { Some(&*self) } } }
    pub unsafe fn as_mut<'a>(self) -> Option<&'a mut T> { if self.is_null() { None } else { unsafe { Some(&mut *self) } } }
    pub unsafe fn drop_in_place(self) { unsafe { drop_in_place(self) } }
    pub fn expose_provenance(self) -> usize { self as *const u8 as usize }
    pub fn with_addr(self, addr: usize) -> *mut T { intrinsics::ptr_with_addr(self as *const T, addr) as *mut T }
    pub fn map_addr(self, f: impl FnOnce(usize) -> usize) -> *mut T { self.with_addr(f(self.addr())) }
    pub unsafe fn byte_add(self, count: usize) -> *mut T { self.with_addr(self.addr().wrapping_add(count)) }
    pub unsafe fn byte_sub(self, count: usize) -> *mut T { self.with_addr(self.addr().wrapping_sub(count)) }
    pub unsafe fn byte_offset(self, count: isize) -> *mut T { self.with_addr(self.addr().wrapping_add(count as usize)) }
    pub fn wrapping_byte_add(self, count: usize) -> *mut T { self.with_addr(self.addr().wrapping_add(count)) }
    pub fn wrapping_byte_sub(self, count: usize) -> *mut T { self.with_addr(self.addr().wrapping_sub(count)) }
    pub unsafe fn byte_offset_from<U: ?Sized>(self, origin: *const U) -> isize {
        self.addr().wrapping_sub(intrinsics::ptr_addr(origin)) as isize
    }
}

impl<T> *mut T {
    pub unsafe fn add(self, count: usize) -> *mut T { unsafe { intrinsics::offset(self as *const T, count as isize) as *mut T } }
    pub unsafe fn sub(self, count: usize) -> *mut T {
        unsafe { intrinsics::offset(self as *const T, 0isize.wrapping_sub(count as isize)) as *mut T }
    }
    pub unsafe fn offset(self, count: isize) -> *mut T { unsafe { intrinsics::offset(self as *const T, count) as *mut T } }
    pub fn wrapping_add(self, count: usize) -> *mut T { unsafe { intrinsics::offset(self as *const T, count as isize) as *mut T } }
    pub unsafe fn offset_from(self, origin: *const T) -> isize { unsafe { intrinsics::ptr_offset_from(self as *const T, origin) } }
    pub unsafe fn read(self) -> T { unsafe { read(self) } }
    pub unsafe fn write(self, val: T) { unsafe { write(self, val) } }
    pub unsafe fn replace(self, src: T) -> T { unsafe { replace(self, src) } }
    pub unsafe fn swap(self, with: *mut T) { unsafe { swap(self, with) } }
    pub unsafe fn copy_from(self, src: *const T, count: usize) { unsafe { copy(src, self, count) } }
    pub unsafe fn copy_from_nonoverlapping(self, src: *const T, count: usize) { unsafe { copy_nonoverlapping(src, self, count) } }
    pub unsafe fn copy_to(self, dest: *mut T, count: usize) { unsafe { copy(self as *const T, dest, count) } }
    pub unsafe fn copy_to_nonoverlapping(self, dest: *mut T, count: usize) { unsafe { copy_nonoverlapping(self as *const T, dest, count) } }
    pub fn wrapping_sub(self, count: usize) -> *mut T { unsafe { intrinsics::offset(self as *const T, 0isize.wrapping_sub(count as isize)) as *mut T } }
    pub fn wrapping_offset(self, count: isize) -> *mut T { unsafe { intrinsics::offset(self as *const T, count) as *mut T } }
    #[track_caller]
    pub unsafe fn offset_from_unsigned(self, origin: *const T) -> usize { unsafe { (self as *const T).offset_from_unsigned(origin) } }
    pub unsafe fn read_unaligned(self) -> T { unsafe { read_unaligned(self as *const T) } }
    pub unsafe fn read_volatile(self) -> T { unsafe { read(self as *const T) } }
    pub unsafe fn write_unaligned(self, val: T) { unsafe { write_unaligned(self, val) } }
    pub unsafe fn write_volatile(self, val: T) { unsafe { write(self, val) } }
    pub unsafe fn write_bytes(self, val: u8, count: usize) { unsafe { write_bytes(self, val, count) } }
    pub fn is_aligned(self) -> bool { (self as *const T).is_aligned() }
    pub fn align_offset(self, align: usize) -> usize { (self as *const T).align_offset(align) }
}

impl<T> *const [T] {
    /// The slice's length (its pointer's metadata); the pointer need not be valid.
    pub const fn len(self) -> usize { intrinsics::ptr_metadata_len(self) }
    pub const fn is_empty(self) -> bool { self.len() == 0 }
    pub const fn as_ptr(self) -> *const T { self as *const T }
}

impl<T> *mut [T] {
    pub const fn len(self) -> usize { intrinsics::ptr_metadata_len(self as *const [T]) }
    pub const fn is_empty(self) -> bool { self.len() == 0 }
    pub const fn as_mut_ptr(self) -> *mut T { self as *mut T }
}

impl<T: ?Sized> PartialOrd for *const T {
    fn partial_cmp(&self, other: &*const T) -> Option<crate::cmp::Ordering> { Some(self.cmp(other)) }
}
impl<T: ?Sized> Ord for *const T {
    fn cmp(&self, other: &*const T) -> crate::cmp::Ordering {
        if *self < *other { crate::cmp::Ordering::Less } else if *self == *other { crate::cmp::Ordering::Equal } else { crate::cmp::Ordering::Greater }
    }
}
impl<T: ?Sized> PartialOrd for *mut T {
    fn partial_cmp(&self, other: &*mut T) -> Option<crate::cmp::Ordering> { Some(self.cmp(other)) }
}
impl<T: ?Sized> Ord for *mut T {
    fn cmp(&self, other: &*mut T) -> crate::cmp::Ordering { (*self as *const T).cmp(&(*other as *const T)) }
}

impl<T: ?Sized> PartialEq for *const T {
    fn eq(&self, other: &*const T) -> bool { *self == *other }
}
impl<T: ?Sized> PartialEq for *mut T {
    fn eq(&self, other: &*mut T) -> bool { *self == *other }
}
impl<T: ?Sized> Eq for *const T {}
impl<T: ?Sized> Eq for *mut T {}

impl<T: ?Sized> crate::fmt::Debug for *const T {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result { crate::fmt::Pointer::fmt(self, f) }
}
impl<T: ?Sized> crate::fmt::Debug for *mut T {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result { crate::fmt::Pointer::fmt(self, f) }
}
impl<T: ?Sized> crate::fmt::Pointer for *const T {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result { crate::fmt::pointer_fmt_inner(intrinsics::ptr_addr(*self), f) }
}
impl<T: ?Sized> crate::fmt::Pointer for *mut T {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result { crate::fmt::pointer_fmt_inner(intrinsics::ptr_addr(*self), f) }
}
impl<T: ?Sized> crate::fmt::Pointer for &T {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result { crate::fmt::Pointer::fmt(&(*self as *const T), f) }
}
impl<T: ?Sized> crate::fmt::Pointer for &mut T {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result { crate::fmt::Pointer::fmt(&(&**self as *const T), f) }
}

/// `*mut T` but non-zero (std's NonNull): its niche makes `Option<NonNull<T>>` pointer-sized.
#[def_path = "core::ptr::non_null"]
#[rustc_layout_scalar_valid_range_start(1)]
#[rustc_nonnull_optimization_guaranteed]
#[repr(transparent)]
pub struct NonNull<T: ?Sized> {
    pointer: *const T,
}

impl<T: ?Sized> NonNull<T> {
    #[track_caller]
    pub const unsafe fn new_unchecked(ptr: *mut T) -> Self {
        if intrinsics::ptr_addr(ptr) == 0 {
            crate::panicking::precondition_violated(format_args!("NonNull::new_unchecked requires that the pointer is non-null"));
        }
        unsafe { NonNull { pointer: ptr as *const T } }
    }
    pub fn new(ptr: *mut T) -> Option<Self> {
        if !ptr.is_null() { Some(unsafe { Self::new_unchecked(ptr) }) } else { None }
    }
    pub const fn as_ptr(self) -> *mut T { self.pointer as *mut T }
    pub unsafe fn as_ref<'a>(&self) -> &'a T { unsafe { &*self.as_ptr() } }
    pub unsafe fn as_mut<'a>(&mut self) -> &'a mut T { unsafe { &mut *self.as_ptr() } }
    pub const fn cast<U>(self) -> NonNull<U> { unsafe { NonNull::new_unchecked(self.as_ptr() as *mut U) } }
    pub fn from_ref(r: &T) -> Self { unsafe { NonNull::new_unchecked(r as *const T as *mut T) } }
    pub fn from_mut(r: &mut T) -> Self { unsafe { NonNull::new_unchecked(r as *mut T) } }
    pub fn addr(self) -> crate::num::NonZero<usize> { unsafe { crate::num::NonZero::<usize>::new_unchecked(self.as_ptr().addr()) } }
    pub fn with_addr(self, addr: crate::num::NonZero<usize>) -> Self { unsafe { NonNull::new_unchecked(self.as_ptr().with_addr(addr.get())) } }
    pub fn map_addr(self, f: impl FnOnce(crate::num::NonZero<usize>) -> crate::num::NonZero<usize>) -> Self { self.with_addr(f(self.addr())) }
    pub unsafe fn byte_add(self, count: usize) -> Self { unsafe { NonNull::new_unchecked(self.as_ptr().byte_add(count)) } }
    pub unsafe fn byte_sub(self, count: usize) -> Self { unsafe { NonNull::new_unchecked(self.as_ptr().byte_sub(count)) } }
    pub unsafe fn byte_offset(self, count: isize) -> Self { unsafe { NonNull::new_unchecked(self.as_ptr().byte_offset(count)) } }
    pub unsafe fn byte_offset_from<U: ?Sized>(self, origin: NonNull<U>) -> isize { unsafe { self.as_ptr().byte_offset_from(origin.as_ptr()) } }
    pub unsafe fn drop_in_place(self) { unsafe { drop_in_place(self.as_ptr()) } }
}

impl<T> NonNull<T> {
    pub const fn dangling() -> Self { unsafe { NonNull::new_unchecked(dangling_mut::<T>()) } }
    pub unsafe fn add(self, count: usize) -> Self { unsafe { NonNull::new_unchecked(self.as_ptr().add(count)) } }
    pub unsafe fn read(self) -> T { unsafe { read(self.as_ptr()) } }
    pub unsafe fn write(self, val: T) { unsafe { write(self.as_ptr(), val) } }
    pub unsafe fn sub(self, count: usize) -> Self { unsafe { NonNull::new_unchecked(self.as_ptr().sub(count)) } }
    pub unsafe fn offset(self, count: isize) -> Self { unsafe { NonNull::new_unchecked(self.as_ptr().offset(count)) } }
    pub unsafe fn offset_from(self, origin: NonNull<T>) -> isize { unsafe { self.as_ptr().offset_from(origin.as_ptr()) } }
    #[track_caller]
    pub unsafe fn offset_from_unsigned(self, origin: NonNull<T>) -> usize { unsafe { self.as_ptr().offset_from_unsigned(origin.as_ptr()) } }
    pub unsafe fn read_unaligned(self) -> T { unsafe { read_unaligned(self.as_ptr()) } }
    pub unsafe fn read_volatile(self) -> T { unsafe { read(self.as_ptr()) } }
    pub unsafe fn write_unaligned(self, val: T) { unsafe { write_unaligned(self.as_ptr(), val) } }
    pub unsafe fn write_volatile(self, val: T) { unsafe { write(self.as_ptr(), val) } }
    pub unsafe fn write_bytes(self, val: u8, count: usize) { unsafe { write_bytes(self.as_ptr(), val, count) } }
    pub unsafe fn replace(self, src: T) -> T { unsafe { replace(self.as_ptr(), src) } }
    pub unsafe fn swap(self, with: NonNull<T>) { unsafe { swap(self.as_ptr(), with.as_ptr()) } }
    pub unsafe fn copy_to(self, dest: NonNull<T>, count: usize) { unsafe { copy(self.as_ptr(), dest.as_ptr(), count) } }
    pub unsafe fn copy_to_nonoverlapping(self, dest: NonNull<T>, count: usize) { unsafe { copy_nonoverlapping(self.as_ptr(), dest.as_ptr(), count) } }
    pub unsafe fn copy_from(self, src: NonNull<T>, count: usize) { unsafe { copy(src.as_ptr(), self.as_ptr(), count) } }
    pub unsafe fn copy_from_nonoverlapping(self, src: NonNull<T>, count: usize) { unsafe { copy_nonoverlapping(src.as_ptr(), self.as_ptr(), count) } }
    pub fn is_aligned(self) -> bool { self.as_ptr().is_aligned() }
    pub fn align_offset(self, align: usize) -> usize { self.as_ptr().align_offset(align) }
}

impl<T> NonNull<[T]> {
    pub fn slice_from_raw_parts(data: NonNull<T>, len: usize) -> Self {
        unsafe { NonNull::new_unchecked(slice_from_raw_parts_mut(data.as_ptr(), len)) }
    }
    pub const fn len(self) -> usize { intrinsics::ptr_metadata_len(self.pointer) }
    pub const fn is_empty(self) -> bool { self.len() == 0 }
}

impl<T: ?Sized> From<&T> for NonNull<T> {
    fn from(r: &T) -> Self { NonNull::from_ref(r) }
}
impl<T: ?Sized> From<&mut T> for NonNull<T> {
    fn from(r: &mut T) -> Self { NonNull::from_mut(r) }
}
impl<T: ?Sized> PartialOrd for NonNull<T> {
    fn partial_cmp(&self, other: &Self) -> Option<crate::cmp::Ordering> { self.as_ptr().partial_cmp(&other.as_ptr()) }
}
impl<T: ?Sized> Ord for NonNull<T> {
    fn cmp(&self, other: &Self) -> crate::cmp::Ordering { self.as_ptr().cmp(&other.as_ptr()) }
}
impl<T: ?Sized> crate::hash::Hash for NonNull<T> {
    fn hash<H: crate::hash::Hasher>(&self, state: &mut H) { crate::hash::Hash::hash(&self.as_ptr(), state) }
}
impl<T: ?Sized> crate::fmt::Pointer for NonNull<T> {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result { crate::fmt::Pointer::fmt(&self.as_ptr(), f) }
}

impl<T: ?Sized> Clone for NonNull<T> {
    fn clone(&self) -> Self { *self }
}
impl<T: ?Sized> Copy for NonNull<T> {}
impl<T: ?Sized> PartialEq for NonNull<T> {
    fn eq(&self, other: &Self) -> bool { self.as_ptr() == other.as_ptr() }
}
impl<T: ?Sized> Eq for NonNull<T> {}
impl<T: ?Sized> crate::fmt::Debug for NonNull<T> {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result { crate::fmt::Pointer::fmt(&self.as_ptr(), f) }
}
impl<T: ?Sized + crate::marker::Unsize<U>, U: ?Sized> crate::ops::CoerceUnsized<NonNull<U>> for NonNull<T> {}
impl<T: ?Sized> !Send for NonNull<T> {}
impl<T: ?Sized> !Sync for NonNull<T> {}

/// A NonNull that owns what it points to (std's Unique): Send and Sync when T is.
#[def_path = "core::ptr::unique"]
#[repr(transparent)]
pub struct Unique<T: ?Sized> {
    pointer: NonNull<T>,
    _marker: crate::marker::PhantomData<T>,
}

impl<T: ?Sized> Unique<T> {
    pub const unsafe fn new_unchecked(ptr: *mut T) -> Self { unsafe { Unique { pointer: NonNull::new_unchecked(ptr), _marker: crate::marker::PhantomData } } }
    pub const fn as_ptr(self) -> *mut T { self.pointer.as_ptr() }
    pub const fn as_non_null_ptr(self) -> NonNull<T> { self.pointer }
    pub fn from_non_null(pointer: NonNull<T>) -> Self { Unique { pointer, _marker: crate::marker::PhantomData } }
}
impl<T> Unique<T> {
    pub const fn dangling() -> Self { Unique { pointer: NonNull::dangling(), _marker: crate::marker::PhantomData } }
}
impl<T: ?Sized> Clone for Unique<T> {
    fn clone(&self) -> Self { *self }
}
impl<T: ?Sized> Copy for Unique<T> {}
unsafe impl<T: Send + ?Sized> Send for Unique<T> {}
unsafe impl<T: Sync + ?Sized> Sync for Unique<T> {}
impl<T: ?Sized + crate::marker::Unsize<U>, U: ?Sized> crate::ops::CoerceUnsized<Unique<U>> for Unique<T> {}
