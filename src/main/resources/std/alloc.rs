// The global allocator: rustmem's glibc-like malloc behind std's allocation functions.
use crate::intrinsics;
use crate::ptr::NonNull;

#[def_path = "core::alloc::layout"]

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Layout {
    size: usize,
    align: usize,
}

#[def_path = "core::alloc::layout"]

#[derive(Clone, PartialEq, Eq, Debug)]
pub struct LayoutError;

impl Layout {
    pub const fn from_size_align(size: usize, align: usize) -> Result<Layout, LayoutError> {
        if align == 0 || (align & (align - 1)) != 0 || size > isize::MAX as usize - (align - 1) {
            return Err(LayoutError);
        }
        Ok(Layout { size, align })
    }
    #[track_caller]
    pub const unsafe fn from_size_align_unchecked(size: usize, align: usize) -> Layout {
        if !align.is_power_of_two() || size > isize::MAX as usize - (align - 1) {
            crate::panicking::precondition_violated(format_args!("Layout::from_size_align_unchecked requires that align is a power of 2 \
                and the rounded-up allocation size does not exceed isize::MAX"));
        }
        Layout { size, align }
    }
    pub const fn size(&self) -> usize { self.size }
    pub const fn align(&self) -> usize { self.align }
    pub const fn new<T>() -> Layout { Layout { size: intrinsics::size_of::<T>(), align: intrinsics::align_of::<T>() } }
    pub fn for_value<T: ?Sized>(t: &T) -> Layout {
        Layout { size: intrinsics::size_of_val(t as *const T), align: intrinsics::align_of_val(t as *const T) }
    }
    pub fn array<T>(n: usize) -> Result<Layout, LayoutError> {
        let size = intrinsics::size_of::<T>();
        match size.checked_mul(n) {
            Some(total) if total <= isize::MAX as usize => Ok(Layout { size: total, align: intrinsics::align_of::<T>() }),
            _ => Err(LayoutError),
        }
    }
    pub const fn dangling(&self) -> NonNull<u8> { unsafe { NonNull::new_unchecked(self.align as *mut u8) } }
}

pub unsafe fn alloc(layout: Layout) -> *mut u8 { unsafe { intrinsics::__rust_alloc(layout.size(), layout.align()) } }
pub unsafe fn alloc_zeroed(layout: Layout) -> *mut u8 { unsafe { intrinsics::__rust_alloc_zeroed(layout.size(), layout.align()) } }
pub unsafe fn dealloc(ptr: *mut u8, layout: Layout) { unsafe { intrinsics::__rust_dealloc(ptr, layout.size(), layout.align()) } }
pub unsafe fn realloc(ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
    unsafe { intrinsics::__rust_realloc(ptr, layout.size(), layout.align(), new_size) }
}

/// What std does when an allocation fails: prints `memory allocation of N bytes failed` and aborts.
pub fn handle_alloc_error(layout: Layout) -> ! {
    crate::io::_eprint(format_args!("memory allocation of {} bytes failed\n", layout.size()));
    intrinsics::abort()
}

#[derive(Copy, Clone, Default, Debug)]
pub struct Global;

impl Global {
    pub fn allocate(&self, layout: Layout) -> Result<NonNull<[u8]>, AllocError> {
        if layout.size() == 0 {
            return Ok(NonNull::from_ref(unsafe { &*crate::ptr::slice_from_raw_parts(layout.dangling().as_ptr(), 0) }));
        }
        let raw = unsafe { alloc(layout) };
        match NonNull::new(raw) {
            Some(p) => Ok(unsafe { NonNull::new_unchecked(crate::ptr::slice_from_raw_parts_mut(p.as_ptr(), layout.size())) }),
            None => Err(AllocError),
        }
    }
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub struct AllocError;

pub trait Allocator {}
impl Allocator for Global {}
