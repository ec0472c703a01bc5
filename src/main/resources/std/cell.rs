// Interior mutability: UnsafeCell, Cell, RefCell with its borrow flag (shared borrows count up, a mutable
// borrow is -1) and the Ref/RefMut guards that give it back, OnceCell.
use crate::cmp::Ordering;
use crate::fmt;
use crate::marker::PhantomData;
use crate::ops::{Deref, DerefMut};
use crate::ptr::NonNull;

#[lang = "unsafe_cell"]
#[repr(transparent)]
pub struct UnsafeCell<T: ?Sized> {
    value: T,
}

impl<T> UnsafeCell<T> {
    pub const fn new(value: T) -> UnsafeCell<T> { UnsafeCell { value } }
    pub fn into_inner(self) -> T { self.value }
}

impl<T: ?Sized> UnsafeCell<T> {
    pub const fn get(&self) -> *mut T { self as *const UnsafeCell<T> as *const T as *mut T }
    pub fn get_mut(&mut self) -> &mut T { &mut self.value }
}

impl<T: ?Sized> !Sync for UnsafeCell<T> {}

#[repr(transparent)]
pub struct Cell<T: ?Sized> {
    value: UnsafeCell<T>,
}

impl<T> Cell<T> {
    pub const fn new(value: T) -> Cell<T> { Cell { value: UnsafeCell::new(value) } }
    pub fn set(&self, val: T) { self.replace(val); }
    pub fn swap(&self, other: &Self) {
        if crate::ptr::eq(self, other) {
            return;
        }
        unsafe { crate::ptr::swap(self.value.get(), other.value.get()) }
    }
    pub fn replace(&self, val: T) -> T { crate::mem::replace(unsafe { &mut *self.value.get() }, val) }
    pub fn into_inner(self) -> T { self.value.into_inner() }
    pub fn take(&self) -> T where T: Default { self.replace(Default::default()) }
}

impl<T: Copy> Cell<T> {
    pub fn get(&self) -> T { unsafe { *self.value.get() } }
    pub fn update(&self, f: impl FnOnce(T) -> T) {
        let old = self.get();
        self.set(f(old));
    }
}

impl<T: ?Sized> Cell<T> {
    pub const fn as_ptr(&self) -> *mut T { self.value.get() }
    pub fn get_mut(&mut self) -> &mut T { self.value.get_mut() }
}

impl<T: Copy> Clone for Cell<T> {
    fn clone(&self) -> Cell<T> { Cell::new(self.get()) }
}
impl<T: Default> Default for Cell<T> {
    fn default() -> Cell<T> { Cell::new(Default::default()) }
}
impl<T: PartialEq + Copy> PartialEq for Cell<T> {
    fn eq(&self, other: &Cell<T>) -> bool { self.get() == other.get() }
}
impl<T: Eq + Copy> Eq for Cell<T> {}
impl<T: PartialOrd + Copy> PartialOrd for Cell<T> {
    fn partial_cmp(&self, other: &Cell<T>) -> Option<Ordering> { self.get().partial_cmp(&other.get()) }
}
impl<T: Ord + Copy> Ord for Cell<T> {
    fn cmp(&self, other: &Cell<T>) -> Ordering { self.get().cmp(&other.get()) }
}
impl<T> From<T> for Cell<T> {
    fn from(t: T) -> Cell<T> { Cell::new(t) }
}
unsafe impl<T: ?Sized + Send> Send for Cell<T> {}
impl<T: ?Sized> !Sync for Cell<T> {}

type BorrowCounter = isize;
const UNUSED: BorrowCounter = 0;

pub struct RefCell<T: ?Sized> {
    borrow: Cell<BorrowCounter>,
    value: UnsafeCell<T>,
}

#[non_exhaustive]
pub struct BorrowError {}
#[non_exhaustive]
pub struct BorrowMutError {}

impl fmt::Debug for BorrowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.debug_struct("BorrowError").finish_non_exhaustive() }
}
impl fmt::Display for BorrowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { fmt::Display::fmt("already mutably borrowed", f) }
}
impl fmt::Debug for BorrowMutError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.debug_struct("BorrowMutError").finish_non_exhaustive() }
}
impl fmt::Display for BorrowMutError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { fmt::Display::fmt("already borrowed", f) }
}

#[track_caller]
#[cold]
fn panic_already_borrowed(_err: BorrowMutError) -> ! { panic!("RefCell already borrowed") }

#[track_caller]
#[cold]
fn panic_already_mutably_borrowed(_err: BorrowError) -> ! { panic!("RefCell already mutably borrowed") }

impl<T> RefCell<T> {
    pub const fn new(value: T) -> RefCell<T> { RefCell { value: UnsafeCell::new(value), borrow: Cell::new(UNUSED) } }
    pub fn into_inner(self) -> T { self.value.into_inner() }
    #[track_caller]
    pub fn replace(&self, t: T) -> T { crate::mem::replace(&mut *self.borrow_mut(), t) }
    #[track_caller]
    pub fn replace_with<F: FnOnce(&mut T) -> T>(&self, f: F) -> T {
        let mut_borrow = &mut *self.borrow_mut();
        let replacement = f(mut_borrow);
        crate::mem::replace(mut_borrow, replacement)
    }
    pub fn swap(&self, other: &Self) { crate::mem::swap(&mut *self.borrow_mut(), &mut *other.borrow_mut()) }
    pub fn take(&self) -> T where T: Default { self.replace(Default::default()) }
}

impl<T: ?Sized> RefCell<T> {
    #[track_caller]
    pub fn borrow(&self) -> Ref<'_, T> {
        match self.try_borrow() {
            Ok(b) => b,
            Err(err) => panic_already_mutably_borrowed(err),
        }
    }
    pub fn try_borrow(&self) -> Result<Ref<'_, T>, BorrowError> {
        match BorrowRef::new(&self.borrow) {
            Some(b) => {
                let value = unsafe { NonNull::new_unchecked(self.value.get()) };
                Ok(Ref { value, borrow: b })
            }
            None => Err(BorrowError {}),
        }
    }
    #[track_caller]
    pub fn borrow_mut(&self) -> RefMut<'_, T> {
        match self.try_borrow_mut() {
            Ok(b) => b,
            Err(err) => panic_already_borrowed(err),
        }
    }
    pub fn try_borrow_mut(&self) -> Result<RefMut<'_, T>, BorrowMutError> {
        match BorrowRefMut::new(&self.borrow) {
            Some(b) => {
                let value = unsafe { NonNull::new_unchecked(self.value.get()) };
                Ok(RefMut { value, borrow: b, marker: PhantomData })
            }
            None => Err(BorrowMutError {}),
        }
    }
    pub fn as_ptr(&self) -> *mut T { self.value.get() }
    pub fn get_mut(&mut self) -> &mut T { self.value.get_mut() }
}

unsafe impl<T: ?Sized + Send> Send for RefCell<T> {}
impl<T: ?Sized> !Sync for RefCell<T> {}

impl<T: Clone> Clone for RefCell<T> {
    #[track_caller]
    fn clone(&self) -> RefCell<T> { RefCell::new(self.borrow().clone()) }
}
impl<T: Default> Default for RefCell<T> {
    fn default() -> RefCell<T> { RefCell::new(Default::default()) }
}
impl<T: ?Sized + PartialEq> PartialEq for RefCell<T> {
    fn eq(&self, other: &RefCell<T>) -> bool { *self.borrow() == *other.borrow() }
}
impl<T: ?Sized + Eq> Eq for RefCell<T> {}
impl<T: ?Sized + PartialOrd> PartialOrd for RefCell<T> {
    fn partial_cmp(&self, other: &RefCell<T>) -> Option<Ordering> { self.borrow().partial_cmp(&*other.borrow()) }
}
impl<T: ?Sized + Ord> Ord for RefCell<T> {
    fn cmp(&self, other: &RefCell<T>) -> Ordering { self.borrow().cmp(&*other.borrow()) }
}
impl<T> From<T> for RefCell<T> {
    fn from(t: T) -> RefCell<T> { RefCell::new(t) }
}

impl<T: ?Sized + fmt::Debug> fmt::Debug for RefCell<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = f.debug_struct("RefCell");
        match self.try_borrow() {
            Ok(borrow) => d.field("value", &borrow),
            Err(_) => d.field("value", &BorrowedPlaceholder),
        };
        d.finish()
    }
}

struct BorrowedPlaceholder;

impl fmt::Debug for BorrowedPlaceholder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.write_str("<borrowed>") }
}

struct BorrowRef<'b> {
    borrow: &'b Cell<BorrowCounter>,
}

impl<'b> BorrowRef<'b> {
    fn new(borrow: &'b Cell<BorrowCounter>) -> Option<BorrowRef<'b>> {
        let b = borrow.get().wrapping_add(1);
        if b <= 0 {
            None
        } else {
            borrow.set(b);
            Some(BorrowRef { borrow })
        }
    }
}

impl Drop for BorrowRef<'_> {
    fn drop(&mut self) {
        let borrow = self.borrow.get();
        self.borrow.set(borrow - 1);
    }
}

impl Clone for BorrowRef<'_> {
    fn clone(&self) -> Self {
        let borrow = self.borrow.get();
        self.borrow.set(borrow + 1);
        BorrowRef { borrow: self.borrow }
    }
}

struct BorrowRefMut<'b> {
    borrow: &'b Cell<BorrowCounter>,
}

impl Drop for BorrowRefMut<'_> {
    fn drop(&mut self) {
        let borrow = self.borrow.get();
        self.borrow.set(borrow + 1);
    }
}

impl<'b> BorrowRefMut<'b> {
    fn new(borrow: &'b Cell<BorrowCounter>) -> Option<BorrowRefMut<'b>> {
        match borrow.get() {
            UNUSED => {
                borrow.set(UNUSED - 1);
                Some(BorrowRefMut { borrow })
            }
            _ => None,
        }
    }
}

pub struct Ref<'b, T: ?Sized + 'b> {
    value: NonNull<T>,
    borrow: BorrowRef<'b>,
}

impl<T: ?Sized> Deref for Ref<'_, T> {
    type Target = T;
    fn deref(&self) -> &T { unsafe { self.value.as_ref() } }
}

impl<'b, T: ?Sized> Ref<'b, T> {
    pub fn clone(orig: &Ref<'b, T>) -> Ref<'b, T> { Ref { value: orig.value, borrow: orig.borrow.clone() } }
    pub fn map<U: ?Sized, F: FnOnce(&T) -> &U>(orig: Ref<'b, T>, f: F) -> Ref<'b, U> {
        let value = NonNull::from_ref(f(&*orig));
        Ref { value, borrow: orig.borrow }
    }
}

impl<T: ?Sized + fmt::Debug> fmt::Debug for Ref<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { (**self).fmt(f) }
}
impl<T: ?Sized + fmt::Display> fmt::Display for Ref<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { (**self).fmt(f) }
}

pub struct RefMut<'b, T: ?Sized + 'b> {
    value: NonNull<T>,
    borrow: BorrowRefMut<'b>,
    marker: PhantomData<&'b mut T>,
}

impl<T: ?Sized> Deref for RefMut<'_, T> {
    type Target = T;
    fn deref(&self) -> &T { unsafe { self.value.as_ref() } }
}

impl<T: ?Sized> DerefMut for RefMut<'_, T> {
    fn deref_mut(&mut self) -> &mut T { unsafe { self.value.as_mut() } }
}

impl<'b, T: ?Sized> RefMut<'b, T> {
    pub fn map<U: ?Sized, F: FnOnce(&mut T) -> &mut U>(mut orig: RefMut<'b, T>, f: F) -> RefMut<'b, U> {
        let value = NonNull::from_ref(&*f(&mut *orig));
        RefMut { value, borrow: orig.borrow, marker: PhantomData }
    }
}

impl<T: ?Sized + fmt::Debug> fmt::Debug for RefMut<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { (**self).fmt(f) }
}
impl<T: ?Sized + fmt::Display> fmt::Display for RefMut<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { (**self).fmt(f) }
}

pub struct OnceCell<T> {
    inner: UnsafeCell<Option<T>>,
}

impl<T> OnceCell<T> {
    pub const fn new() -> OnceCell<T> { OnceCell { inner: UnsafeCell::new(None) } }
    pub fn get(&self) -> Option<&T> { unsafe { &*self.inner.get() }.as_ref() }
    pub fn get_mut(&mut self) -> Option<&mut T> { self.inner.get_mut().as_mut() }
    pub fn set(&self, value: T) -> Result<(), T> {
        if self.get().is_some() {
            return Err(value);
        }
        unsafe { *self.inner.get() = Some(value) };
        Ok(())
    }
    pub fn get_or_init<F: FnOnce() -> T>(&self, f: F) -> &T {
        if let Some(val) = self.get() {
            return val;
        }
        let val = f();
        if self.get().is_some() {
            panic!("reentrant init");
        }
        unsafe { *self.inner.get() = Some(val) };
        self.get().unwrap()
    }
    pub fn into_inner(self) -> Option<T> { self.inner.into_inner() }
    pub fn take(&mut self) -> Option<T> { crate::mem::take(self).into_inner() }
}

impl<T> Default for OnceCell<T> {
    fn default() -> Self { OnceCell::new() }
}

impl<T: fmt::Debug> fmt::Debug for OnceCell<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = f.debug_tuple("OnceCell");
        match self.get() {
            Some(v) => d.field(v),
            None => d.field(&format_args!("<uninit>")),
        };
        d.finish()
    }
}
