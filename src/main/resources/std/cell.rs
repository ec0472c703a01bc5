// Interior mutability (core::cell): UnsafeCell, Cell, RefCell with its borrow flag (shared borrows count up,
// mutable borrows count down from -1) and the Ref/RefMut guards that give it back, OnceCell and LazyCell.
// Layouts, algorithms, panic messages and Debug output are core 1.95's (without the debug_refcell feature).
use crate::cmp::Ordering;
use crate::fmt::{self, Debug, Display};
use crate::marker::{PhantomData, Unsize};
use crate::mem;
use crate::ops::{CoerceUnsized, Deref, DerefMut};
use crate::ptr::{self, NonNull};

// ---------------------------------------------------------------------------------------------------------
// UnsafeCell

#[lang = "unsafe_cell"]
#[repr(transparent)]
pub struct UnsafeCell<T: ?Sized> {
    value: T,
}

impl<T: ?Sized> !Sync for UnsafeCell<T> {}

impl<T> UnsafeCell<T> {
    pub const fn new(value: T) -> UnsafeCell<T> { UnsafeCell { value } }
    pub const fn into_inner(self) -> T { self.value }
}

impl<T: ?Sized> UnsafeCell<T> {
    pub const fn from_mut(value: &mut T) -> &mut UnsafeCell<T> { unsafe { &mut *(value as *mut T as *mut UnsafeCell<T>) } }
    pub const fn get(&self) -> *mut T { self as *const UnsafeCell<T> as *const T as *mut T }
    pub const fn get_mut(&mut self) -> &mut T { &mut self.value }
    pub const fn raw_get(this: *const Self) -> *mut T { this as *const T as *mut T }
}

impl<T: Default> Default for UnsafeCell<T> {
    fn default() -> UnsafeCell<T> { UnsafeCell::new(Default::default()) }
}

impl<T> From<T> for UnsafeCell<T> {
    fn from(t: T) -> UnsafeCell<T> { UnsafeCell::new(t) }
}

impl<T: CoerceUnsized<U>, U> CoerceUnsized<UnsafeCell<U>> for UnsafeCell<T> {}

impl<T: ?Sized> Debug for UnsafeCell<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.debug_struct("UnsafeCell").finish_non_exhaustive() }
}

// ---------------------------------------------------------------------------------------------------------
// Cell

#[repr(transparent)]
pub struct Cell<T: ?Sized> {
    value: UnsafeCell<T>,
}

unsafe impl<T: ?Sized> Send for Cell<T> where T: Send {}
impl<T: ?Sized> !Sync for Cell<T> {}

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
    fn lt(&self, other: &Cell<T>) -> bool { self.get() < other.get() }
    fn le(&self, other: &Cell<T>) -> bool { self.get() <= other.get() }
    fn gt(&self, other: &Cell<T>) -> bool { self.get() > other.get() }
    fn ge(&self, other: &Cell<T>) -> bool { self.get() >= other.get() }
}

impl<T: Ord + Copy> Ord for Cell<T> {
    fn cmp(&self, other: &Cell<T>) -> Ordering { self.get().cmp(&other.get()) }
}

impl<T> From<T> for Cell<T> {
    fn from(t: T) -> Cell<T> { Cell::new(t) }
}

impl<T> Cell<T> {
    pub const fn new(value: T) -> Cell<T> { Cell { value: UnsafeCell::new(value) } }

    pub fn set(&self, val: T) { self.replace(val); }

    pub fn swap(&self, other: &Self) {
        fn is_nonoverlapping<T>(src: *const T, dst: *const T) -> bool {
            let src_usize = src.addr();
            let dst_usize = dst.addr();
            let diff = src_usize.abs_diff(dst_usize);
            diff >= mem::size_of::<T>()
        }
        if ptr::eq(self, other) {
            return;
        }
        if !is_nonoverlapping(self, other) {
            panic!("`Cell::swap` on overlapping non-identical `Cell`s");
        }
        unsafe { mem::swap(&mut *self.value.get(), &mut *other.value.get()) }
    }

    pub fn replace(&self, val: T) -> T { mem::replace(unsafe { &mut *self.value.get() }, val) }

    pub fn into_inner(self) -> T { self.value.into_inner() }
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
    pub fn from_mut(t: &mut T) -> &Cell<T> { unsafe { &*(t as *mut T as *const Cell<T>) } }
}

impl<T: Default> Cell<T> {
    pub fn take(&self) -> T { self.replace(Default::default()) }
}

impl<T: CoerceUnsized<U>, U> CoerceUnsized<Cell<U>> for Cell<T> {}

impl<T, const N: usize> AsRef<[Cell<T>; N]> for Cell<[T; N]> {
    fn as_ref(&self) -> &[Cell<T>; N] { self.as_array_of_cells() }
}

impl<T, const N: usize> AsRef<[Cell<T>]> for Cell<[T; N]> {
    fn as_ref(&self) -> &[Cell<T>] { &*self.as_array_of_cells() }
}

impl<T> AsRef<[Cell<T>]> for Cell<[T]> {
    fn as_ref(&self) -> &[Cell<T>] { self.as_slice_of_cells() }
}

impl<T> Cell<[T]> {
    pub fn as_slice_of_cells(&self) -> &[Cell<T>] {
        // Cell<T> has T's layout; the same address and length viewed as a slice of cells
        let len = crate::intrinsics::ptr_metadata_len(self as *const Cell<[T]>);
        unsafe { &*ptr::slice_from_raw_parts(self as *const Cell<[T]> as *const Cell<T>, len) }
    }
}

impl<T, const N: usize> Cell<[T; N]> {
    pub fn as_array_of_cells(&self) -> &[Cell<T>; N] { unsafe { &*(self as *const Cell<[T; N]> as *const [Cell<T>; N]) } }
}

// ---------------------------------------------------------------------------------------------------------
// RefCell

pub struct RefCell<T: ?Sized> {
    borrow: Cell<BorrowCounter>,
    value: UnsafeCell<T>,
}

#[non_exhaustive]
#[derive(Debug)]
pub struct BorrowError {}

impl Display for BorrowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { Display::fmt("RefCell already mutably borrowed", f) }
}

#[non_exhaustive]
#[derive(Debug)]
pub struct BorrowMutError {}

impl Display for BorrowMutError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { Display::fmt("RefCell already borrowed", f) }
}

#[track_caller]
#[cold]
#[inline(never)]
fn panic_already_borrowed(err: BorrowMutError) -> ! { panic!("{err}") }

#[track_caller]
#[cold]
#[inline(never)]
fn panic_already_mutably_borrowed(err: BorrowError) -> ! { panic!("{err}") }

// Positive values count the Refs alive, negative values the RefMuts (several only for disjoint parts).
type BorrowCounter = isize;
const UNUSED: BorrowCounter = 0;

fn is_writing(x: BorrowCounter) -> bool { x < UNUSED }

fn is_reading(x: BorrowCounter) -> bool { x > UNUSED }

impl<T> RefCell<T> {
    pub const fn new(value: T) -> RefCell<T> { RefCell { value: UnsafeCell::new(value), borrow: Cell::new(UNUSED) } }

    pub const fn into_inner(self) -> T { self.value.into_inner() }

    #[track_caller]
    pub fn replace(&self, t: T) -> T { mem::replace(&mut *self.borrow_mut(), t) }

    #[track_caller]
    pub fn replace_with<F: FnOnce(&mut T) -> T>(&self, f: F) -> T {
        let mut_borrow = &mut *self.borrow_mut();
        let replacement = f(mut_borrow);
        mem::replace(mut_borrow, replacement)
    }

    pub fn swap(&self, other: &Self) { mem::swap(&mut *self.borrow_mut(), &mut *other.borrow_mut()) }
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

    pub unsafe fn try_borrow_unguarded(&self) -> Result<&T, BorrowError> {
        if !is_writing(self.borrow.get()) { Ok(unsafe { &*self.value.get() }) } else { Err(BorrowError {}) }
    }
}

impl<T: Default> RefCell<T> {
    pub fn take(&self) -> T { self.replace(Default::default()) }
}

unsafe impl<T: ?Sized> Send for RefCell<T> where T: Send {}
impl<T: ?Sized> !Sync for RefCell<T> {}

impl<T: Clone> Clone for RefCell<T> {
    #[track_caller]
    fn clone(&self) -> RefCell<T> { RefCell::new(self.borrow().clone()) }

    #[track_caller]
    fn clone_from(&mut self, source: &Self) { self.get_mut().clone_from(&source.borrow()) }
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
    fn lt(&self, other: &RefCell<T>) -> bool { *self.borrow() < *other.borrow() }
    fn le(&self, other: &RefCell<T>) -> bool { *self.borrow() <= *other.borrow() }
    fn gt(&self, other: &RefCell<T>) -> bool { *self.borrow() > *other.borrow() }
    fn ge(&self, other: &RefCell<T>) -> bool { *self.borrow() >= *other.borrow() }
}

impl<T: ?Sized + Ord> Ord for RefCell<T> {
    fn cmp(&self, other: &RefCell<T>) -> Ordering { self.borrow().cmp(&*other.borrow()) }
}

impl<T> From<T> for RefCell<T> {
    fn from(t: T) -> RefCell<T> { RefCell::new(t) }
}

impl<T: CoerceUnsized<U>, U> CoerceUnsized<RefCell<U>> for RefCell<T> {}

impl<T: ?Sized + Debug> Debug for RefCell<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = f.debug_struct("RefCell");
        match self.try_borrow() {
            Ok(borrow) => d.field("value", &borrow),
            Err(_) => d.field("value", &format_args!("<borrowed>")),
        };
        d.finish()
    }
}

struct BorrowRef<'b> {
    borrow: &'b Cell<BorrowCounter>,
}

impl<'b> BorrowRef<'b> {
    fn new(borrow: &'b Cell<BorrowCounter>) -> Option<BorrowRef<'b>> {
        let b = borrow.get().wrapping_add(1);
        if !is_reading(b) {
            None
        } else {
            borrow.replace(b);
            Some(BorrowRef { borrow })
        }
    }
}

impl Drop for BorrowRef<'_> {
    fn drop(&mut self) {
        let borrow = self.borrow.get();
        self.borrow.replace(borrow - 1);
    }
}

impl Clone for BorrowRef<'_> {
    fn clone(&self) -> Self {
        let borrow = self.borrow.get();
        assert!(borrow != BorrowCounter::MAX);
        self.borrow.replace(borrow + 1);
        BorrowRef { borrow: self.borrow }
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

    pub fn map<U: ?Sized, F>(orig: Ref<'b, T>, f: F) -> Ref<'b, U>
    where F: FnOnce(&T) -> &U {
        Ref { value: NonNull::from_ref(f(&*orig)), borrow: orig.borrow }
    }

    pub fn filter_map<U: ?Sized, F>(orig: Ref<'b, T>, f: F) -> Result<Ref<'b, U>, Self>
    where F: FnOnce(&T) -> Option<&U> {
        match f(&*orig) {
            Some(value) => Ok(Ref { value: NonNull::from_ref(value), borrow: orig.borrow }),
            None => Err(orig),
        }
    }

    pub fn map_split<U: ?Sized, V: ?Sized, F>(orig: Ref<'b, T>, f: F) -> (Ref<'b, U>, Ref<'b, V>)
    where F: FnOnce(&T) -> (&U, &V) {
        let (a, b) = f(&*orig);
        let borrow = orig.borrow.clone();
        (Ref { value: NonNull::from_ref(a), borrow }, Ref { value: NonNull::from_ref(b), borrow: orig.borrow })
    }
}

impl<'b, T: ?Sized + Unsize<U>, U: ?Sized> CoerceUnsized<Ref<'b, U>> for Ref<'b, T> {}

impl<T: ?Sized + Display> Display for Ref<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { (**self).fmt(f) }
}

impl<T: ?Sized + Debug> Debug for Ref<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { Debug::fmt(&**self, f) }
}

impl<'b, T: ?Sized> RefMut<'b, T> {
    pub fn map<U: ?Sized, F>(mut orig: RefMut<'b, T>, f: F) -> RefMut<'b, U>
    where F: FnOnce(&mut T) -> &mut U {
        let value = NonNull::from_ref(&*f(&mut *orig));
        RefMut { value, borrow: orig.borrow, marker: PhantomData }
    }

    pub fn filter_map<U: ?Sized, F>(mut orig: RefMut<'b, T>, f: F) -> Result<RefMut<'b, U>, Self>
    where F: FnOnce(&mut T) -> Option<&mut U> {
        let found: Option<NonNull<U>> = match f(&mut *orig) {
            Some(value) => Some(NonNull::from_ref(&*value)),
            None => None,
        };
        match found {
            Some(value) => Ok(RefMut { value, borrow: orig.borrow, marker: PhantomData }),
            None => Err(orig),
        }
    }

    pub fn map_split<U: ?Sized, V: ?Sized, F>(mut orig: RefMut<'b, T>, f: F) -> (RefMut<'b, U>, RefMut<'b, V>)
    where F: FnOnce(&mut T) -> (&mut U, &mut V) {
        let borrow = orig.borrow.clone();
        let (a, b) = f(&mut *orig);
        let a = NonNull::from_ref(&*a);
        let b = NonNull::from_ref(&*b);
        (RefMut { value: a, borrow, marker: PhantomData }, RefMut { value: b, borrow: orig.borrow, marker: PhantomData })
    }
}

struct BorrowRefMut<'b> {
    borrow: &'b Cell<BorrowCounter>,
}

impl Drop for BorrowRefMut<'_> {
    fn drop(&mut self) {
        let borrow = self.borrow.get();
        self.borrow.replace(borrow + 1);
    }
}

impl<'b> BorrowRefMut<'b> {
    fn new(borrow: &'b Cell<BorrowCounter>) -> Option<BorrowRefMut<'b>> {
        match borrow.get() {
            UNUSED => {
                borrow.replace(UNUSED - 1);
                Some(BorrowRefMut { borrow })
            }
            _ => None,
        }
    }

    // Another mutable borrow of a disjoint part (map_split); not a Clone impl so it is never implicit.
    fn clone(&self) -> BorrowRefMut<'b> {
        let borrow = self.borrow.get();
        assert!(borrow != BorrowCounter::MIN);
        self.borrow.set(borrow - 1);
        BorrowRefMut { borrow: self.borrow }
    }
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

impl<'b, T: ?Sized + Unsize<U>, U: ?Sized> CoerceUnsized<RefMut<'b, U>> for RefMut<'b, T> {}

impl<T: ?Sized + Display> Display for RefMut<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { (**self).fmt(f) }
}

impl<T: ?Sized + Debug> Debug for RefMut<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { Debug::fmt(&*(self.deref()), f) }
}

// ---------------------------------------------------------------------------------------------------------
// OnceCell

#[def_path = "core::cell::once"]

pub struct OnceCell<T> {
    // written at most once
    inner: UnsafeCell<Option<T>>,
}

impl<T> OnceCell<T> {
    pub const fn new() -> OnceCell<T> { OnceCell { inner: UnsafeCell::new(None) } }

    pub fn get(&self) -> Option<&T> { unsafe { &*self.inner.get() }.as_ref() }

    pub fn get_mut(&mut self) -> Option<&mut T> { self.inner.get_mut().as_mut() }

    pub fn set(&self, value: T) -> Result<(), T> {
        match self.try_insert_(value) {
            Ok(_) => Ok(()),
            Err((_, value)) => Err(value),
        }
    }

    // std's unstable try_insert
    fn try_insert_(&self, value: T) -> Result<&T, (&T, T)> {
        if let Some(old) = self.get() {
            return Err((old, value));
        }
        let slot = unsafe { &mut *self.inner.get() };
        Ok(slot.insert(value))
    }

    pub fn get_or_init<F>(&self, f: F) -> &T
    where F: FnOnce() -> T {
        if let Some(val) = self.get() {
            return val;
        }
        self.init_(f)
    }

    #[cold]
    fn init_<F: FnOnce() -> T>(&self, f: F) -> &T {
        let val = f();
        if let Ok(val) = self.try_insert_(val) { val } else { panic!("reentrant init") }
    }

    pub const fn into_inner(self) -> Option<T> { self.inner.into_inner() }

    pub fn take(&mut self) -> Option<T> { mem::take(self).into_inner() }
}

impl<T> Default for OnceCell<T> {
    fn default() -> Self { Self::new() }
}

impl<T: Debug> Debug for OnceCell<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = f.debug_tuple("OnceCell");
        match self.get() {
            Some(v) => d.field(v),
            None => d.field(&format_args!("<uninit>")),
        };
        d.finish()
    }
}

impl<T: Clone> Clone for OnceCell<T> {
    fn clone(&self) -> OnceCell<T> {
        match self.get() {
            Some(value) => OnceCell::from(value.clone()),
            None => OnceCell::new(),
        }
    }
}

impl<T: PartialEq> PartialEq for OnceCell<T> {
    fn eq(&self, other: &Self) -> bool { self.get() == other.get() }
}

impl<T: Eq> Eq for OnceCell<T> {}

impl<T> From<T> for OnceCell<T> {
    fn from(value: T) -> Self { OnceCell { inner: UnsafeCell::new(Some(value)) } }
}

impl<T> !Sync for OnceCell<T> {}

// ---------------------------------------------------------------------------------------------------------
// LazyCell

enum State<T, F> {
    Uninit(F),
    Init(T),
    Poisoned,
}

#[def_path = "core::cell::lazy"]

pub struct LazyCell<T, F = fn() -> T> {
    state: UnsafeCell<State<T, F>>,
}

impl<T, F: FnOnce() -> T> LazyCell<T, F> {
    pub const fn new(f: F) -> LazyCell<T, F> { LazyCell { state: UnsafeCell::new(State::Uninit(f)) } }

    pub fn force(this: &LazyCell<T, F>) -> &T {
        let state = unsafe { &*this.state.get() };
        match state {
            State::Init(data) => data,
            State::Uninit(_) => unsafe { LazyCell::really_init(this) },
            State::Poisoned => panic_poisoned(),
        }
    }

    pub fn force_mut(this: &mut LazyCell<T, F>) -> &mut T {
        let state = this.state.get_mut();
        match state {
            State::Init(data) => data,
            State::Uninit(_) => unsafe { really_init_mut(state) },
            State::Poisoned => panic_poisoned(),
        }
    }

    #[cold]
    unsafe fn really_init(this: &LazyCell<T, F>) -> &T {
        let state = unsafe { &mut *this.state.get() };
        // poisoned while f runs: a reentrant access or a panic in f leaves it so
        let f = match mem::replace(state, State::Poisoned) {
            State::Uninit(f) => f,
            _ => unreachable!(),
        };
        let data = f();
        unsafe { this.state.get().write(State::Init(data)) };
        let state = unsafe { &*this.state.get() };
        match state {
            State::Init(data) => data,
            _ => unreachable!(),
        }
    }
}

/// Poisons the state if the initializer unwinds (it is valid but its F was moved out).
struct PoisonOnPanic<T, F>(*mut State<T, F>);

impl<T, F> Drop for PoisonOnPanic<T, F> {
    fn drop(&mut self) { unsafe { self.0.write(State::Poisoned) } }
}

#[cold]
unsafe fn really_init_mut<T, F: FnOnce() -> T>(state: &mut State<T, F>) -> &mut T {
    let f = match state {
        State::Uninit(f) => unsafe { ptr::read(f) },
        _ => unreachable!(),
    };
    let guard = PoisonOnPanic(state as *mut State<T, F>);
    let data = f();
    unsafe { ptr::write(guard.0, State::Init(data)) };
    mem::forget(guard);
    match state {
        State::Init(data) => data,
        _ => unreachable!(),
    }
}

impl<T, F> LazyCell<T, F> {
    pub fn get_mut(this: &mut LazyCell<T, F>) -> Option<&mut T> {
        let state = this.state.get_mut();
        match state {
            State::Init(data) => Some(data),
            _ => None,
        }
    }

    pub fn get(this: &LazyCell<T, F>) -> Option<&T> {
        let state = unsafe { &*this.state.get() };
        match state {
            State::Init(data) => Some(data),
            _ => None,
        }
    }
}

impl<T, F: FnOnce() -> T> Deref for LazyCell<T, F> {
    type Target = T;
    fn deref(&self) -> &T { LazyCell::force(self) }
}

impl<T, F: FnOnce() -> T> DerefMut for LazyCell<T, F> {
    fn deref_mut(&mut self) -> &mut T { LazyCell::force_mut(self) }
}

impl<T: Default> Default for LazyCell<T> {
    fn default() -> LazyCell<T> { LazyCell::new(T::default) }
}

impl<T: Debug, F> Debug for LazyCell<T, F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = f.debug_tuple("LazyCell");
        match LazyCell::get(self) {
            Some(data) => d.field(data),
            None => d.field(&format_args!("<uninit>")),
        };
        d.finish()
    }
}

#[cold]
#[inline(never)]
fn panic_poisoned() -> ! { panic!("LazyCell instance has previously been poisoned") }
