// std::thread::LocalKey and the thread_local! macro, with the runtime behind them.
//
// std keeps a thread_local! value in the thread's static TLS block: the main thread's next to the program's
// data, a spawned thread's at the top of its stack mapping. Here the main thread's value is a static of the
// macro's expansion; a spawned thread's is carved from a TLS area on its first frame's stack (the heap when
// that area is full or the value needs more than 8-byte alignment), found by the static's address.
// Destructors are registered as glibc's __cxa_thread_atexit_impl does (a 32-byte calloc'd node, run last
// registered first at thread exit, each node freed after its destructor), which Rust's TLS uses on Linux.
use crate::cell::{Cell, RefCell, UnsafeCell};
use crate::error::Error;
use crate::fmt;
use crate::mem::{self, MaybeUninit};
use crate::ptr;

pub struct LocalKey<T: 'static> {
    inner: fn(Option<&mut Option<T>>) -> *const T,
}

impl<T: 'static> fmt::Debug for LocalKey<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.debug_struct("LocalKey").finish_non_exhaustive() }
}

/// Declares thread-local statics: each `static NAME: T = init;` becomes a `LocalKey<T>` constant.
// (The attributes of a declaration are gathered one at a time into nested brackets, `[[[] #[a]] #[b]]`, and
// unwound in front of the item by __thread_local_emit!, so that no arm transcribes a repetition next to
// another repeating capture.)
#[macro_export]
macro_rules! thread_local {
    () => {};
    ($($rest:tt)+) => { $crate::__thread_local_decl!([] $($rest)+); };
}

#[doc(hidden)]
#[macro_export]
macro_rules! __thread_local_decl {
    ($acc:tt #[$attr:meta] $($rest:tt)*) => { $crate::__thread_local_decl!([$acc #[$attr]] $($rest)*); };
    ($acc:tt $vis:vis static $name:ident: $t:ty = const $init:block; $($rest:tt)*) => {
        $crate::__thread_local_emit!($acc $vis const $name: $crate::thread::LocalKey<$t> = $crate::__thread_local_inner!(@key $t, const $init););
        $crate::thread_local!($($rest)*);
    };
    ($acc:tt $vis:vis static $name:ident: $t:ty = const $init:block) => {
        $crate::__thread_local_emit!($acc $vis const $name: $crate::thread::LocalKey<$t> = $crate::__thread_local_inner!(@key $t, const $init););
    };
    ($acc:tt $vis:vis static $name:ident: $t:ty = $init:expr; $($rest:tt)*) => {
        $crate::__thread_local_emit!($acc $vis const $name: $crate::thread::LocalKey<$t> = $crate::__thread_local_inner!(@key $t, $init););
        $crate::thread_local!($($rest)*);
    };
    ($acc:tt $vis:vis static $name:ident: $t:ty = $init:expr) => {
        $crate::__thread_local_emit!($acc $vis const $name: $crate::thread::LocalKey<$t> = $crate::__thread_local_inner!(@key $t, $init););
    };
}

#[doc(hidden)]
#[macro_export]
macro_rules! __thread_local_emit {
    ([] $($item:tt)*) => { $($item)* };
    ([$inner:tt #[$attr:meta]] $($item:tt)*) => { $crate::__thread_local_emit!($inner #[$attr] $($item)*); };
}

/// The key of one thread_local! (std's thread_local_inner!): the accessor with its main-thread static.
#[doc(hidden)]
#[macro_export]
macro_rules! __thread_local_inner {
    (@key $t:ty, const $init:block) => {{
        fn __rust_std_internal_init_fn() -> $t { $init }
        fn __rust_std_internal_getit(_init: ::core::option::Option<&mut ::core::option::Option<$t>>) -> *const $t {
            static mut __RUST_STD_INTERNAL_VAL: $crate::thread::local_impl::EagerStorage<$t> =
                $crate::thread::local_impl::EagerStorage::new(__rust_std_internal_init_fn());
            unsafe {
                $crate::thread::local_impl::EagerStorage::get(&raw mut __RUST_STD_INTERNAL_VAL, __rust_std_internal_init_fn)
            }
        }
        unsafe { $crate::thread::LocalKey::new(__rust_std_internal_getit) }
    }};
    (@key $t:ty, $init:expr) => {{
        fn __rust_std_internal_init_fn() -> $t { $init }
        fn __rust_std_internal_getit(init: ::core::option::Option<&mut ::core::option::Option<$t>>) -> *const $t {
            static mut __RUST_STD_INTERNAL_VAL: $crate::thread::local_impl::LazyStorage<$t> =
                $crate::thread::local_impl::LazyStorage::new();
            unsafe {
                $crate::thread::local_impl::LazyStorage::get_or_init(&raw mut __RUST_STD_INTERNAL_VAL, init,
                                                                     __rust_std_internal_init_fn)
            }
        }
        unsafe { $crate::thread::LocalKey::new(__rust_std_internal_getit) }
    }};
}

/// The error of LocalKey::try_with once the value has been destroyed.
#[non_exhaustive]
#[derive(Clone, Copy, Eq, PartialEq)]
pub struct AccessError;

impl fmt::Debug for AccessError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.debug_struct("AccessError").finish() }
}

impl fmt::Display for AccessError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { fmt::Display::fmt("already destroyed", f) }
}

impl Error for AccessError {}

#[track_caller]
#[cold]
fn panic_access_error(err: AccessError) -> ! {
    panic!("cannot access a Thread Local Storage value during or after destruction: {err:?}")
}

impl<T: 'static> LocalKey<T> {
    #[doc(hidden)]
    pub const unsafe fn new(inner: fn(Option<&mut Option<T>>) -> *const T) -> LocalKey<T> { LocalKey { inner } }

    #[track_caller]
    pub fn with<F, R>(&'static self, f: F) -> R
    where F: FnOnce(&T) -> R {
        match self.try_with(f) {
            Ok(r) => r,
            Err(err) => panic_access_error(err),
        }
    }

    pub fn try_with<F, R>(&'static self, f: F) -> Result<R, AccessError>
    where F: FnOnce(&T) -> R {
        let p = (self.inner)(None);
        if p.is_null() {
            return Err(AccessError);
        }
        let thread_local = unsafe { &*p };
        Ok(f(thread_local))
    }

    #[track_caller]
    fn initialize_with<F, R>(&'static self, init: T, f: F) -> R
    where F: FnOnce(Option<T>, &T) -> R {
        let mut init = Some(init);
        let p = (self.inner)(Some(&mut init));
        if p.is_null() {
            panic_access_error(AccessError);
        }
        let reference = unsafe { &*p };
        f(init, reference)
    }
}

impl<T: 'static> LocalKey<Cell<T>> {
    #[track_caller]
    pub fn set(&'static self, value: T) {
        self.initialize_with(Cell::new(value), |value, cell| {
            if let Some(value) = value {
                cell.set(value.into_inner());
            }
        });
    }

    #[track_caller]
    pub fn get(&'static self) -> T
    where T: Copy {
        self.with(Cell::get)
    }

    #[track_caller]
    pub fn take(&'static self) -> T
    where T: Default {
        self.with(Cell::take)
    }

    #[track_caller]
    pub fn replace(&'static self, value: T) -> T { self.with(|cell| cell.replace(value)) }
}

impl<T: 'static> LocalKey<RefCell<T>> {
    #[track_caller]
    pub fn with_borrow<F, R>(&'static self, f: F) -> R
    where F: FnOnce(&T) -> R {
        self.with(|cell| f(&cell.borrow()))
    }

    #[track_caller]
    pub fn with_borrow_mut<F, R>(&'static self, f: F) -> R
    where F: FnOnce(&mut T) -> R {
        self.with(|cell| f(&mut cell.borrow_mut()))
    }

    #[track_caller]
    pub fn set(&'static self, value: T) {
        self.initialize_with(RefCell::new(value), |value, cell| {
            if let Some(value) = value {
                *cell.borrow_mut() = value.into_inner();
            }
        });
    }

    #[track_caller]
    pub fn take(&'static self) -> T
    where T: Default {
        self.with(RefCell::take)
    }

    #[track_caller]
    pub fn replace(&'static self, value: T) -> T { self.with(|cell| cell.replace(value)) }
}

// ------------------------------------------------------------------ the storage (std::sys::thread_local::native)

#[derive(Copy, Clone)]
enum State {
    Uninitialized,
    Alive,
    Destroyed,
}

/// A lazily initialized thread-local (std's native::lazy::Storage).
#[repr(C)]
pub struct LazyStorage<T> {
    value: UnsafeCell<MaybeUninit<T>>,
    state: Cell<State>,
}

impl<T> LazyStorage<T> {
    pub const fn new() -> LazyStorage<T> {
        LazyStorage { value: UnsafeCell::new(MaybeUninit::uninit()), state: Cell::new(State::Uninitialized) }
    }

    /// This thread's value of the key whose main-thread storage is `main`, initialized first if needed;
    /// null once it has been destroyed.
    pub unsafe fn get_or_init(main: *mut LazyStorage<T>, i: Option<&mut Option<T>>, f: fn() -> T) -> *const T {
        let this = this_thread_slot(main, LazyStorage::<T>::new);
        if this.is_null() {
            return ptr::null();
        }
        let this = unsafe { &*this };
        if let State::Alive = this.state.get() {
            return this.value.get() as *const T;
        }
        unsafe { this.get_or_init_slow(i, f) }
    }

    unsafe fn get_or_init_slow(&self, i: Option<&mut Option<T>>, f: fn() -> T) -> *const T {
        match self.state.get() {
            State::Uninitialized => {}
            State::Alive => return self.value.get() as *const T,
            State::Destroyed => return ptr::null(),
        }
        let v = match i.and_then(Option::take) {
            Some(v) => v,
            None => f(),
        };
        let old_value = unsafe { ptr::replace(self.value.get(), MaybeUninit::new(v)) };
        match self.state.replace(State::Alive) {
            State::Uninitialized => {
                if mem::needs_drop::<T>() {
                    unsafe { register_dtor(self as *const LazyStorage<T> as *mut u8, destroy_lazy::<T>) };
                }
            }
            State::Alive => {
                let mut old_value = old_value;
                unsafe { old_value.assume_init_drop() };
            }
            State::Destroyed => unreachable!(),
        }
        self.value.get() as *const T
    }
}

unsafe fn destroy_lazy<T>(ptr: *mut u8) {
    let storage = unsafe { &*(ptr as *const LazyStorage<T>) };
    if let State::Alive = storage.state.replace(State::Destroyed) {
        unsafe { (*storage.value.get()).assume_init_drop() }
    }
}

/// A thread-local with a const initializer (std's native::eager::Storage).
#[repr(C)]
pub struct EagerStorage<T> {
    val: UnsafeCell<T>,
    state: Cell<State>,
}

impl<T> EagerStorage<T> {
    pub const fn new(val: T) -> EagerStorage<T> { EagerStorage { val: UnsafeCell::new(val), state: Cell::new(State::Uninitialized) } }

    pub unsafe fn get(main: *mut EagerStorage<T>, init: fn() -> T) -> *const T {
        let this = this_thread_slot(main, || EagerStorage::new(init()));
        if this.is_null() {
            return ptr::null();
        }
        let this = unsafe { &*this };
        if !mem::needs_drop::<T>() {
            return this.val.get();
        }
        match this.state.get() {
            State::Alive => this.val.get(),
            State::Destroyed => ptr::null(),
            State::Uninitialized => {
                unsafe { register_dtor(this as *const EagerStorage<T> as *mut u8, destroy_eager::<T>) };
                this.state.set(State::Alive);
                this.val.get()
            }
        }
    }
}

unsafe fn destroy_eager<T>(ptr: *mut u8) {
    let storage = unsafe { &*(ptr as *const EagerStorage<T>) };
    storage.state.set(State::Destroyed);
    unsafe { ptr::drop_in_place(storage.val.get()) }
}

// ------------------------------------------------------------------ the threads' TLS

/// What std and glibc keep in each thread's TLS block for themselves: std's CURRENT thread handle, glibc's
/// list of TLS destructors, and (for a spawned thread) where its thread_local! values are.
pub(crate) struct ThreadData {
    tid: u64,
    next: Cell<*const ThreadData>,
    /// The thread's Thread handle (std's CURRENT): null until set, 1 while being created, 2 once destroyed.
    pub(crate) current: Cell<*mut ()>,
    dtors: Cell<*mut DtorNode>,
    slots: Cell<*mut SlotHeader>,
    arena: *mut u8,
    arena_len: usize,
    arena_used: Cell<usize>,
}

struct MainData(ThreadData);

unsafe impl Sync for MainData {}

static MAIN_DATA: MainData = MainData(ThreadData {
    tid: 1,
    next: Cell::new(ptr::null()),
    current: Cell::new(ptr::null_mut()),
    dtors: Cell::new(ptr::null_mut()),
    slots: Cell::new(ptr::null_mut()),
    arena: ptr::null_mut(),
    arena_len: 0,
    arena_used: Cell::new(0),
});

/// The spawned threads' ThreadData (on their stacks), linked through `next`.
static mut SPAWNED: *const ThreadData = ptr::null();

/// The running thread's TLS data (None for a spawned thread that has ended its TLS).
pub(crate) fn thread_data() -> Option<&'static ThreadData> {
    let tid = crate::intrinsics::thread_current_id();
    if tid == 1 {
        return Some(&MAIN_DATA.0);
    }
    unsafe {
        let mut p = SPAWNED;
        while !p.is_null() {
            if (*p).tid == tid {
                return Some(&*p);
            }
            p = (*p).next.get();
        }
    }
    None
}

/// A spawned thread's thread_local! value: a header, then the storage.
struct SlotHeader {
    next: *mut SlotHeader,
    key: usize,
    /// The heap block holding the slot (null in the TLS area), its size and alignment.
    heap: *mut u8,
    heap_size: usize,
    heap_align: usize,
}

/// This thread's storage for the thread-local whose main-thread storage is `main`: `main` itself on the main
/// thread, else the thread's slot for it (made with `make` the first time); null after the thread's TLS ended.
fn this_thread_slot<S>(main: *mut S, make: impl FnOnce() -> S) -> *mut S {
    let tid = crate::intrinsics::thread_current_id();
    if tid == 1 {
        return main;
    }
    let data = match thread_data() {
        Some(d) => d,
        None => return ptr::null_mut(),
    };
    let key = main as usize;
    let header_size = mem::size_of::<SlotHeader>();
    unsafe {
        let mut p = data.slots.get();
        while !p.is_null() {
            if (*p).key == key {
                return (p as *mut u8).add(header_size) as *mut S;
            }
            p = (*p).next;
        }
        // a new slot: in the TLS area when it fits (8-byte aligned), else on the heap
        let size = header_size + ((mem::size_of::<S>() + 7) & !7);
        let used = data.arena_used.get();
        let (block, heap, heap_size, heap_align) = if mem::align_of::<S>() <= 8 && used + size <= data.arena_len {
            data.arena_used.set(used + size);
            (data.arena.add(used), ptr::null_mut(), 0, 0)
        } else {
            let align = if mem::align_of::<S>() > 8 { mem::align_of::<S>() } else { 8 };
            let header = (header_size + align - 1) & !(align - 1);
            let total = header + mem::size_of::<S>();
            let mem = crate::alloc::alloc(crate::alloc::Layout::from_size_align_unchecked(total, align));
            // the storage aligned after the header: the header just before it
            (mem.add(header - header_size), mem, total, align)
        };
        let header = block as *mut SlotHeader;
        ptr::write(header, SlotHeader { next: data.slots.get(), key, heap, heap_size, heap_align });
        data.slots.set(header);
        let slot = block.add(header_size) as *mut S;
        ptr::write(slot, make());
        slot
    }
}

/// glibc's struct dtor_list: what __cxa_thread_atexit_impl callocs for each registered TLS destructor.
#[repr(C)]
struct DtorNode {
    func: unsafe fn(*mut u8),
    obj: *mut u8,
    map: *mut u8,
    next: *mut DtorNode,
}

/// Registers a destructor to run on `t` when the thread exits (__cxa_thread_atexit_impl).
pub(crate) unsafe fn register_dtor(t: *mut u8, dtor: unsafe fn(*mut u8)) {
    let data = match thread_data() {
        Some(d) => d,
        None => return,
    };
    unsafe {
        let node = crate::alloc::alloc_zeroed(crate::alloc::Layout::new::<DtorNode>()) as *mut DtorNode;
        (*node).func = dtor;
        (*node).obj = t;
        (*node).next = data.dtors.get();
        data.dtors.set(node);
    }
}

/// Runs the running thread's TLS destructors, the last registered first (glibc's __call_tls_dtors).
pub(crate) fn run_dtors() {
    let data = match thread_data() {
        Some(d) => d,
        None => return,
    };
    unsafe {
        loop {
            let cur = data.dtors.get();
            if cur.is_null() {
                break;
            }
            data.dtors.set((*cur).next);
            ((*cur).func)((*cur).obj);
            crate::alloc::dealloc(cur as *mut u8, crate::alloc::Layout::new::<DtorNode>());
        }
    }
}

/// The calling thread's TLS destructors, which glibc's exit runs (after main returns, or in process::exit).
pub fn run_tls_dtors_at_exit() { run_dtors() }

/// The size of a spawned thread's TLS area (on its first frame).
const ARENA_WORDS: usize = 256;

/// Runs `f` with a TLS block for this spawned thread, then its destructors and std's thread cleanup
/// (`cleanup`), then frees the block: the frame of a spawned thread's start.
pub(crate) fn with_thread_tls<F: FnOnce(), C: FnOnce()>(f: F, cleanup: C) {
    let mut arena: [MaybeUninit<u64>; ARENA_WORDS] = [MaybeUninit::uninit(); ARENA_WORDS];
    let data = ThreadData {
        tid: crate::intrinsics::thread_current_id(),
        next: Cell::new(ptr::null()),
        current: Cell::new(ptr::null_mut()),
        dtors: Cell::new(ptr::null_mut()),
        slots: Cell::new(ptr::null_mut()),
        arena: arena.as_mut_ptr() as *mut u8,
        arena_len: ARENA_WORDS * 8,
        arena_used: Cell::new(0),
    };
    unsafe {
        data.next.set(SPAWNED);
        SPAWNED = &data as *const ThreadData;
    }
    f();
    run_dtors();
    cleanup();
    unsafe {
        // free the thread-locals that did not fit the TLS area
        let mut p = data.slots.get();
        while !p.is_null() {
            let next = (*p).next;
            if !(*p).heap.is_null() {
                crate::alloc::dealloc((*p).heap, crate::alloc::Layout::from_size_align_unchecked((*p).heap_size, (*p).heap_align));
            }
            p = next;
        }
        // unlink
        let me = &data as *const ThreadData;
        if SPAWNED == me {
            SPAWNED = data.next.get();
        } else {
            let mut q = SPAWNED;
            while !q.is_null() {
                if (*q).next.get() == me {
                    (*q).next.set(data.next.get());
                    break;
                }
                q = (*q).next.get();
            }
        }
    }
}
