// Box (alloc::boxed): a pointer to one heap allocation holding a T (none for a zero-sized T), freed by Drop
// after the compiler's drop glue has dropped the value. Box<[T]>/Box<str> hold exactly len elements.
// Allocation order follows alloc 1.95 (e.g. clone and default allocate the box before making the value).
use crate::alloc::{self, Allocator, Global, Layout};
use crate::any::Any;
use crate::borrow::{Borrow, BorrowMut, Cow};
use crate::cmp::Ordering;
use crate::fmt;
use crate::hash::{Hash, Hasher};
use crate::iter::{DoubleEndedIterator, ExactSizeIterator, FromIterator, FusedIterator, IntoIterator, Iterator};
use crate::mem::{self, MaybeUninit};
use crate::pin::Pin;
use crate::ptr::{self, Unique};
use crate::string::String;
use crate::vec::Vec;

/// A pointer to a heap allocation holding one T (std's Box): dereferencing it is built in.
#[lang = "owned_box"]
pub struct Box<T: ?Sized, A: Allocator = Global>(Unique<T>, A);

/// An allocation for a T (a dangling pointer for a zero-sized T), or the abort std makes when memory runs out.
#[lang = "exchange_malloc"]
fn exchange_malloc<T>() -> *mut T {
    let layout = Layout::new::<T>();
    if layout.size() == 0 {
        return layout.dangling().as_ptr() as *mut T;
    }
    let p = unsafe { alloc::alloc(layout) };
    if p.is_null() {
        alloc::handle_alloc_error(layout);
    }
    p as *mut T
}

/// An allocation of this layout, zeroed or not (dangling, aligned, for size 0).
fn allocate_layout(layout: Layout, zeroed: bool) -> *mut u8 {
    if layout.size() == 0 {
        return layout.dangling().as_ptr();
    }
    let p = unsafe { if zeroed { alloc::alloc_zeroed(layout) } else { alloc::alloc(layout) } };
    if p.is_null() {
        alloc::handle_alloc_error(layout);
    }
    p
}

/// `Box::new(x)` with the allocation made before x is evaluated, into the box (rustc's ShallowInitBox):
/// vec! relies on it. MIR building lowers calls of it.
#[rustc_intrinsic]
#[lang = "box_new"]
pub fn box_new<T>(x: T) -> Box<T>;

impl<T> Box<T> {
    #[rustc_box]
    pub fn new(x: T) -> Box<T> {
        let p = exchange_malloc::<T>();
        unsafe {
            ptr::write(p, x);
            Box(Unique::new_unchecked(p), Global)
        }
    }

    pub fn new_uninit() -> Box<MaybeUninit<T>> {
        let p = exchange_malloc::<MaybeUninit<T>>();
        unsafe { Box(Unique::new_unchecked(p), Global) }
    }

    pub fn new_zeroed() -> Box<MaybeUninit<T>> {
        let p = allocate_layout(Layout::new::<T>(), true) as *mut MaybeUninit<T>;
        unsafe { Box(Unique::new_unchecked(p), Global) }
    }

    pub fn pin(x: T) -> Pin<Box<T>> { Box::into_pin(Box::new(x)) }
}

impl<T> Box<[T]> {
    pub fn new_uninit_slice(len: usize) -> Box<[MaybeUninit<T>]> {
        let p = allocate_layout(Layout::array::<T>(len).unwrap(), false) as *mut MaybeUninit<T>;
        unsafe { Box(Unique::new_unchecked(ptr::slice_from_raw_parts_mut(p, len)), Global) }
    }

    pub fn new_zeroed_slice(len: usize) -> Box<[MaybeUninit<T>]> {
        let p = allocate_layout(Layout::array::<T>(len).unwrap(), true) as *mut MaybeUninit<T>;
        unsafe { Box(Unique::new_unchecked(ptr::slice_from_raw_parts_mut(p, len)), Global) }
    }
}

impl<T> Box<MaybeUninit<T>> {
    pub unsafe fn assume_init(self) -> Box<T> {
        let raw = Box::into_raw(self);
        unsafe { Box::from_raw(raw as *mut T) }
    }

    pub fn write(mut boxed: Self, value: T) -> Box<T> {
        unsafe {
            (*boxed).write(value);
            boxed.assume_init()
        }
    }
}

impl<T> Box<[MaybeUninit<T>]> {
    pub unsafe fn assume_init(self) -> Box<[T]> {
        let raw = Box::into_raw(self);
        unsafe { Box::from_raw(raw as *mut [T]) }
    }
}

impl<T: ?Sized> Box<T> {
    pub unsafe fn from_raw(raw: *mut T) -> Box<T> { unsafe { Box(Unique::new_unchecked(raw), Global) } }

    pub fn into_raw(b: Box<T>) -> *mut T {
        let b = mem::ManuallyDrop::new(b);
        b.0.as_ptr()
    }
}

impl<T: ?Sized, A: Allocator> Box<T, A> {
    pub fn leak<'a>(b: Box<T, A>) -> &'a mut T
    where A: 'a {
        let b = mem::ManuallyDrop::new(b);
        let ptr = b.0.as_ptr();
        unsafe { &mut *ptr }
    }

    pub fn into_pin(boxed: Box<T, A>) -> Pin<Box<T, A>>
    where A: 'static {
        unsafe { Pin::new_unchecked(boxed) }
    }

}

impl Box<dyn Any> {
    pub fn downcast<T: Any>(self) -> Result<Box<T>, Self> {
        if Any::type_id(&*self) == crate::any::TypeId::of::<T>() {
            let raw: *mut dyn Any = Box::into_raw(self);
            unsafe { Ok(Box::from_raw(raw as *mut T)) }
        } else {
            Err(self)
        }
    }
}

impl Box<dyn Any + Send> {
    pub fn downcast<T: Any>(self) -> Result<Box<T>, Self> {
        if Any::type_id(&*self) == crate::any::TypeId::of::<T>() {
            let raw: *mut (dyn Any + Send) = Box::into_raw(self);
            unsafe { Ok(Box::from_raw(raw as *mut T)) }
        } else {
            Err(self)
        }
    }
}

impl Box<dyn Any + Send + Sync> {
    pub fn downcast<T: Any>(self) -> Result<Box<T>, Self> {
        if Any::type_id(&*self) == crate::any::TypeId::of::<T>() {
            let raw: *mut (dyn Any + Send + Sync) = Box::into_raw(self);
            unsafe { Ok(Box::from_raw(raw as *mut T)) }
        } else {
            Err(self)
        }
    }
}

impl<T: ?Sized, A: Allocator> Drop for Box<T, A> {
    fn drop(&mut self) {
        // the value itself was dropped by the drop glue before this runs
        let ptr = self.0.as_ptr();
        unsafe {
            let layout = Layout::for_value(&*ptr);
            if layout.size() != 0 {
                alloc::dealloc(ptr as *mut u8, layout);
            }
        }
    }
}

impl<T: Default> Default for Box<T> {
    fn default() -> Self {
        // the box first, then the value written into it
        let x: Box<MaybeUninit<T>> = Box::new_uninit();
        let raw = Box::into_raw(x) as *mut T;
        unsafe {
            ptr::write(raw, T::default());
            Box::from_raw(raw)
        }
    }
}

impl<T> Default for Box<[T]> {
    fn default() -> Self {
        let p = ptr::slice_from_raw_parts_mut(ptr::dangling_mut::<T>(), 0);
        unsafe { Box(Unique::new_unchecked(p), Global) }
    }
}

impl Default for Box<str> {
    fn default() -> Self {
        let p = ptr::slice_from_raw_parts_mut(ptr::dangling_mut::<u8>(), 0) as *mut str;
        unsafe { Box(Unique::new_unchecked(p), Global) }
    }
}

impl<T: ?Sized> Default for Pin<Box<T>>
where Box<T>: Default
{
    fn default() -> Self { Box::into_pin(Box::<T>::default()) }
}

impl<T: Clone> Clone for Box<T> {
    fn clone(&self) -> Self {
        // the box first, then the clone written into it
        let raw = Box::into_raw(Box::<T>::new_uninit()) as *mut T;
        unsafe {
            ptr::write(raw, (**self).clone());
            Box::from_raw(raw)
        }
    }

    fn clone_from(&mut self, source: &Self) { (**self).clone_from(&(**source)); }
}

impl<T: Clone> Clone for Box<[T]> {
    fn clone(&self) -> Self { self.to_vec().into_boxed_slice() }

    fn clone_from(&mut self, source: &Self) {
        if self.len() == source.len() {
            self.clone_from_slice(&source);
        } else {
            *self = source.clone();
        }
    }
}

impl Clone for Box<str> {
    fn clone(&self) -> Self {
        let buf: Box<[u8]> = copy_to_box(self.as_bytes());
        unsafe { Box::from_raw(Box::into_raw(buf) as *mut str) }
    }
}

impl<T: ?Sized + PartialEq, A: Allocator> PartialEq for Box<T, A> {
    fn eq(&self, other: &Self) -> bool { PartialEq::eq(&**self, &**other) }
    fn ne(&self, other: &Self) -> bool { PartialEq::ne(&**self, &**other) }
}

impl<T: ?Sized + PartialOrd, A: Allocator> PartialOrd for Box<T, A> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> { PartialOrd::partial_cmp(&**self, &**other) }
    fn lt(&self, other: &Self) -> bool { PartialOrd::lt(&**self, &**other) }
    fn le(&self, other: &Self) -> bool { PartialOrd::le(&**self, &**other) }
    fn ge(&self, other: &Self) -> bool { PartialOrd::ge(&**self, &**other) }
    fn gt(&self, other: &Self) -> bool { PartialOrd::gt(&**self, &**other) }
}

impl<T: ?Sized + Ord, A: Allocator> Ord for Box<T, A> {
    fn cmp(&self, other: &Self) -> Ordering { Ord::cmp(&**self, &**other) }
}

impl<T: ?Sized + Eq, A: Allocator> Eq for Box<T, A> {}

impl<T: ?Sized + Hash, A: Allocator> Hash for Box<T, A> {
    fn hash<H: Hasher>(&self, state: &mut H) { (**self).hash(state); }
}

impl<T: ?Sized + Hasher, A: Allocator> Hasher for Box<T, A> {
    fn finish(&self) -> u64 { (**self).finish() }
    fn write(&mut self, bytes: &[u8]) { (**self).write(bytes) }
    fn write_u8(&mut self, i: u8) { (**self).write_u8(i) }
    fn write_u16(&mut self, i: u16) { (**self).write_u16(i) }
    fn write_u32(&mut self, i: u32) { (**self).write_u32(i) }
    fn write_u64(&mut self, i: u64) { (**self).write_u64(i) }
    fn write_u128(&mut self, i: u128) { (**self).write_u128(i) }
    fn write_usize(&mut self, i: usize) { (**self).write_usize(i) }
    fn write_i8(&mut self, i: i8) { (**self).write_i8(i) }
    fn write_i16(&mut self, i: i16) { (**self).write_i16(i) }
    fn write_i32(&mut self, i: i32) { (**self).write_i32(i) }
    fn write_i64(&mut self, i: i64) { (**self).write_i64(i) }
    fn write_i128(&mut self, i: i128) { (**self).write_i128(i) }
    fn write_isize(&mut self, i: isize) { (**self).write_isize(i) }
    fn write_length_prefix(&mut self, len: usize) { (**self).write_length_prefix(len) }
    fn write_str(&mut self, s: &str) { (**self).write_str(s) }
}

impl<T: ?Sized + fmt::Display, A: Allocator> fmt::Display for Box<T, A> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { fmt::Display::fmt(&**self, f) }
}

impl<T: ?Sized + fmt::Debug, A: Allocator> fmt::Debug for Box<T, A> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { fmt::Debug::fmt(&**self, f) }
}

impl<T: ?Sized, A: Allocator> fmt::Pointer for Box<T, A> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ptr: *const T = &**self;
        fmt::Pointer::fmt(&ptr, f)
    }
}

impl<T: ?Sized, A: Allocator> crate::ops::Deref for Box<T, A> {
    type Target = T;
    fn deref(&self) -> &T { &**self }
}

impl<T: ?Sized, A: Allocator> crate::ops::DerefMut for Box<T, A> {
    fn deref_mut(&mut self) -> &mut T { &mut **self }
}

impl<T: ?Sized + crate::marker::Unsize<U>, U: ?Sized, A: Allocator> crate::ops::CoerceUnsized<Box<U, A>> for Box<T, A> {}

impl<T: ?Sized, A: Allocator> Borrow<T> for Box<T, A> {
    fn borrow(&self) -> &T { &**self }
}

impl<T: ?Sized, A: Allocator> BorrowMut<T> for Box<T, A> {
    fn borrow_mut(&mut self) -> &mut T { &mut **self }
}

impl<T: ?Sized, A: Allocator> AsRef<T> for Box<T, A> {
    fn as_ref(&self) -> &T { &**self }
}

impl<T: ?Sized, A: Allocator> AsMut<T> for Box<T, A> {
    fn as_mut(&mut self) -> &mut T { &mut **self }
}

impl<T: ?Sized, A: Allocator> Unpin for Box<T, A> {}

impl<Args, F: FnOnce<Args> + ?Sized, A: Allocator> FnOnce<Args> for Box<F, A> {
    type Output = <F as FnOnce<Args>>::Output;
    fn call_once(self, args: Args) -> Self::Output { <F as FnOnce<Args>>::call_once(*self, args) }
}

impl<Args, F: FnMut<Args> + ?Sized, A: Allocator> FnMut<Args> for Box<F, A> {
    fn call_mut(&mut self, args: Args) -> Self::Output { <F as FnMut<Args>>::call_mut(&mut **self, args) }
}

impl<Args, F: Fn<Args> + ?Sized, A: Allocator> Fn<Args> for Box<F, A> {
    fn call(&self, args: Args) -> Self::Output { <F as Fn<Args>>::call(&**self, args) }
}

// ---------------------------------------------------------------------------------------------------------
// conversions (alloc/boxed/convert.rs)

impl<T> From<T> for Box<T> {
    fn from(t: T) -> Self { Box::new(t) }
}

impl<T: ?Sized, A: Allocator> From<Box<T, A>> for Pin<Box<T, A>>
where A: 'static
{
    fn from(boxed: Box<T, A>) -> Self { Box::into_pin(boxed) }
}

impl<T: Clone> From<&[T]> for Box<[T]> {
    fn from(slice: &[T]) -> Box<[T]> {
        // std's clone_from_ref: an allocation of exactly the slice's size, the clones written into it
        let len = slice.len();
        let mut b: Box<[MaybeUninit<T>]> = Box::<[T]>::new_uninit_slice(len);
        let mut i = 0;
        while i < len {
            b[i].write(slice[i].clone());
            i += 1;
        }
        unsafe { b.assume_init() }
    }
}

impl<T: Clone> From<&mut [T]> for Box<[T]> {
    fn from(slice: &mut [T]) -> Box<[T]> { <Box<[T]> as From<&[T]>>::from(&*slice) }
}

impl<T: Clone> From<Cow<'_, [T]>> for Box<[T]> {
    fn from(cow: Cow<'_, [T]>) -> Box<[T]> {
        match cow {
            Cow::Borrowed(slice) => Box::from(slice),
            Cow::Owned(slice) => Box::from(slice),
        }
    }
}

impl From<&str> for Box<str> {
    fn from(s: &str) -> Box<str> {
        let buf: Box<[u8]> = copy_to_box(s.as_bytes());
        unsafe { Box::from_raw(Box::into_raw(buf) as *mut str) }
    }
}

/// A Box<[T]> of exactly the slice's size holding a copy of it (clone_from_ref for Copy elements).
fn copy_to_box<T: Copy>(slice: &[T]) -> Box<[T]> {
    let len = slice.len();
    let b: Box<[MaybeUninit<T>]> = Box::<[T]>::new_uninit_slice(len);
    let raw = Box::into_raw(b) as *mut MaybeUninit<T> as *mut T;
    unsafe {
        ptr::copy_nonoverlapping(slice.as_ptr(), raw, len);
        Box::from_raw(ptr::slice_from_raw_parts_mut(raw, len))
    }
}

impl From<&mut str> for Box<str> {
    fn from(s: &mut str) -> Box<str> { Box::from(&*s) }
}

impl From<String> for Box<str> {
    fn from(s: String) -> Box<str> { s.into_boxed_str() }
}

impl From<Box<str>> for Box<[u8]> {
    fn from(s: Box<str>) -> Self {
        let raw = Box::into_raw(s);
        unsafe { Box::from_raw(raw as *mut [u8]) }
    }
}

impl<T, const N: usize> From<[T; N]> for Box<[T]> {
    fn from(array: [T; N]) -> Box<[T]> {
        let b: Box<[T; N]> = Box::new(array);
        b
    }
}

impl<T, const N: usize> TryFrom<Box<[T]>> for Box<[T; N]> {
    type Error = Box<[T]>;
    fn try_from(boxed_slice: Box<[T]>) -> Result<Self, Self::Error> {
        if boxed_slice.len() == N {
            let raw = Box::into_raw(boxed_slice);
            Ok(unsafe { Box::from_raw(raw as *mut [T; N]) })
        } else {
            Err(boxed_slice)
        }
    }
}

impl<T, const N: usize> TryFrom<Vec<T>> for Box<[T; N]> {
    type Error = Vec<T>;
    fn try_from(vec: Vec<T>) -> Result<Self, Self::Error> {
        if vec.len() == N {
            let raw = Box::into_raw(vec.into_boxed_slice());
            Ok(unsafe { Box::from_raw(raw as *mut [T; N]) })
        } else {
            Err(vec)
        }
    }
}

// ---------------------------------------------------------------------------------------------------------
// iteration (alloc/boxed/iter.rs)

impl<I: Iterator + ?Sized, A: Allocator> Iterator for Box<I, A> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> { (**self).next() }
    fn size_hint(&self) -> (usize, Option<usize>) { (**self).size_hint() }
    fn nth(&mut self, n: usize) -> Option<I::Item> { (**self).nth(n) }
    fn last(self) -> Option<I::Item> {
        let mut this = self;
        let mut last = None;
        while let Some(x) = (*this).next() {
            last = Some(x);
        }
        last
    }
}

impl<I: DoubleEndedIterator + ?Sized, A: Allocator> DoubleEndedIterator for Box<I, A> {
    fn next_back(&mut self) -> Option<I::Item> { (**self).next_back() }
    fn nth_back(&mut self, n: usize) -> Option<I::Item> { (**self).nth_back(n) }
}

impl<I: ExactSizeIterator + ?Sized, A: Allocator> ExactSizeIterator for Box<I, A> {
    fn len(&self) -> usize { (**self).len() }
    fn is_empty(&self) -> bool { (**self).is_empty() }
}

impl<I: FusedIterator + ?Sized, A: Allocator> FusedIterator for Box<I, A> {}

impl<I> IntoIterator for Box<[I]> {
    type IntoIter = crate::vec::IntoIter<I>;
    type Item = I;
    fn into_iter(self) -> crate::vec::IntoIter<I> { self.into_vec().into_iter() }
}

impl<'a, I> IntoIterator for &'a Box<[I]> {
    type IntoIter = crate::slice::Iter<'a, I>;
    type Item = &'a I;
    fn into_iter(self) -> crate::slice::Iter<'a, I> { self.iter() }
}

impl<'a, I> IntoIterator for &'a mut Box<[I]> {
    type IntoIter = crate::slice::IterMut<'a, I>;
    type Item = &'a mut I;
    fn into_iter(self) -> crate::slice::IterMut<'a, I> { self.iter_mut() }
}

impl<I> FromIterator<I> for Box<[I]> {
    fn from_iter<T: IntoIterator<Item = I>>(iter: T) -> Self { iter.into_iter().collect::<Vec<_>>().into_boxed_slice() }
}

impl FromIterator<char> for Box<str> {
    fn from_iter<T: IntoIterator<Item = char>>(iter: T) -> Self { String::from_iter(iter).into_boxed_str() }
}

impl<'a> FromIterator<&'a char> for Box<str> {
    fn from_iter<T: IntoIterator<Item = &'a char>>(iter: T) -> Self { String::from_iter(iter).into_boxed_str() }
}

impl<'a> FromIterator<&'a str> for Box<str> {
    fn from_iter<T: IntoIterator<Item = &'a str>>(iter: T) -> Self { String::from_iter(iter).into_boxed_str() }
}

impl FromIterator<String> for Box<str> {
    fn from_iter<T: IntoIterator<Item = String>>(iter: T) -> Self { String::from_iter(iter).into_boxed_str() }
}

impl FromIterator<Box<str>> for Box<str> {
    fn from_iter<T: IntoIterator<Item = Box<str>>>(iter: T) -> Self { String::from_iter(iter).into_boxed_str() }
}

impl<'a> FromIterator<Cow<'a, str>> for Box<str> {
    fn from_iter<T: IntoIterator<Item = Cow<'a, str>>>(iter: T) -> Self { String::from_iter(iter).into_boxed_str() }
}

// String's impls for boxed strs (alloc/string.rs)
impl FromIterator<Box<str>> for String {
    fn from_iter<I: IntoIterator<Item = Box<str>>>(iter: I) -> String {
        let mut buf = String::new();
        buf.extend(iter);
        buf
    }
}

impl crate::iter::Extend<Box<str>> for String {
    fn extend<I: IntoIterator<Item = Box<str>>>(&mut self, iter: I) {
        for s in iter {
            self.push_str(&s);
        }
    }
}
