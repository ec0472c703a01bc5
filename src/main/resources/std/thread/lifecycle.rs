// Spawning a thread (std 1.95's thread/lifecycle.rs, builder.rs, join_handle.rs and spawnhook.rs): the
// Thread handle (an Arc), the result's Packet (an Arc shared with the thread), the boxed closure that runs
// the thread's main under catch_unwind and stores its result, and the boxed ThreadInit the new thread starts
// from, allocated in std's order; rustmem's thread_spawn intrinsic stands for pthread_create.
use super::scoped::ScopeData;
use super::thread::{Thread, ThreadId};
use super::Result;
use crate::boxed::Box;
use crate::cell::{Cell, UnsafeCell};
use crate::fmt;
use crate::io;
use crate::marker::PhantomData;
use crate::panic::AssertUnwindSafe;
use crate::string::String;
use crate::sync::Arc;
use crate::sync::atomic::{AtomicUsize, Ordering};
use crate::vec::Vec;

#[def_path = "std::thread::builder"]

#[derive(Debug)]
pub struct Builder {
    name: Option<String>,
    stack_size: Option<usize>,
    no_hooks: bool,
}

impl Builder {
    pub fn new() -> Builder { Builder { name: None, stack_size: None, no_hooks: false } }

    pub fn name(mut self, name: String) -> Builder {
        self.name = Some(name);
        self
    }

    pub fn stack_size(mut self, size: usize) -> Builder {
        self.stack_size = Some(size);
        self
    }

    pub fn spawn<F, T>(self, f: F) -> io::Result<JoinHandle<T>>
    where
        F: FnOnce() -> T,
        F: Send + 'static,
        T: Send + 'static,
    {
        unsafe { self.spawn_unchecked(f) }
    }

    pub unsafe fn spawn_unchecked<F, T>(self, f: F) -> io::Result<JoinHandle<T>>
    where
        F: FnOnce() -> T,
        F: Send,
        T: Send,
    {
        let Builder { name, stack_size, no_hooks } = self;
        match unsafe { spawn_unchecked(name, stack_size, no_hooks, None, f) } {
            Ok(inner) => Ok(JoinHandle(inner)),
            Err(e) => Err(e),
        }
    }

    pub(crate) fn into_parts(self) -> (Option<String>, Option<usize>, bool) { (self.name, self.stack_size, self.no_hooks) }
}

// ------------------------------------------------------------------ spawn hooks (std's spawnhook.rs)

crate::thread_local! {
    static SPAWN_HOOKS: Cell<SpawnHooks> = const { Cell::new(SpawnHooks { first: None }) };
}

#[derive(Default, Clone)]
struct SpawnHooks {
    first: Option<Arc<SpawnHook>>,
}

impl Drop for SpawnHooks {
    fn drop(&mut self) {
        // the chain is freed iteratively, as std does (a long chain must not recurse)
        let mut next = self.first.take();
        while let Some(SpawnHook { hook, next: n }) = next.and_then(|n| Arc::into_inner(n)) {
            drop(hook);
            next = n;
        }
    }
}

/// A spawn hook: run on the spawning thread, it gives what the new thread runs first.
struct SpawnHook {
    hook: Box<dyn Send + Sync + Fn(&Thread) -> Box<dyn Send + FnOnce()>>,
    next: Option<Arc<SpawnHook>>,
}

/// std's add_spawn_hook (unstable for programs: libtest uses it so that a test's threads print into the
/// test's captured output). The newest hook runs first; threads inherit the hooks of their parent.
pub(crate) fn add_spawn_hook<F, G>(hook: F)
where
    F: 'static + Send + Sync + Fn(&Thread) -> G,
    G: 'static + Send + FnOnce(),
{
    SPAWN_HOOKS.with(|h| {
        let mut hooks = h.take();
        let next = hooks.first.take();
        hooks.first = Some(Arc::new(SpawnHook { hook: Box::new(move |thread| Box::new(hook(thread))), next }));
        h.set(hooks);
    });
}

/// Runs the spawning thread's hooks; what they give back runs first on the new thread, which inherits them.
fn run_spawn_hooks(thread: &Thread) -> ChildSpawnHooks {
    if let Ok(hooks) = SPAWN_HOOKS.try_with(|hooks| {
        let snapshot = hooks.take();
        hooks.set(snapshot.clone());
        snapshot
    }) {
        let to_run: Vec<Box<dyn FnOnce() + Send>> =
            crate::iter::successors(hooks.first.as_deref(), |hook| hook.next.as_deref()).map(|hook| (hook.hook)(thread)).collect();
        ChildSpawnHooks { hooks, to_run }
    } else {
        ChildSpawnHooks::default()
    }
}

#[derive(Default)]
struct ChildSpawnHooks {
    hooks: SpawnHooks,
    to_run: Vec<Box<dyn FnOnce() + Send>>,
}

impl ChildSpawnHooks {
    fn run(self) {
        let ChildSpawnHooks { hooks, to_run } = self;
        SPAWN_HOOKS.set(hooks);
        for run in to_run {
            run();
        }
    }
}

// ------------------------------------------------------------------ spawning

/// RUST_MIN_STACK, read once, else 2 MiB (std's default).
fn min_stack() -> usize {
    static MIN: AtomicUsize = AtomicUsize::new(0);
    match MIN.load(Ordering::Relaxed) {
        0 => {}
        n => return n - 1,
    }
    let amt = match crate::intrinsics::env_var("RUST_MIN_STACK") {
        Some(s) => match s.parse::<usize>() {
            Ok(n) => n,
            Err(_) => 2 * 1024 * 1024,
        },
        None => 2 * 1024 * 1024,
    };
    MIN.store(amt + 1, Ordering::Relaxed);
    amt
}

pub(super) unsafe fn spawn_unchecked<'scope, F, T>(name: Option<String>, stack_size: Option<usize>, no_hooks: bool,
                                                   scope_data: Option<Arc<ScopeData>>, f: F) -> io::Result<JoinInner<'scope, T>>
where
    F: FnOnce() -> T,
    F: Send,
    T: Send,
{
    let stack_size = match stack_size {
        Some(s) => s,
        None => min_stack(),
    };
    let id = ThreadId::new();
    let thread = Thread::new(id, name);

    let hooks = if no_hooks { ChildSpawnHooks::default() } else { run_spawn_hooks(&thread) };

    let my_packet: Arc<Packet<'scope, T>> = Arc::new(Packet { scope: scope_data, result: UnsafeCell::new(None), _marker: PhantomData });
    let their_packet = my_packet.clone();

    let rust_start = move || {
        let try_result = crate::panicking::r#try(AssertUnwindSafe(|| {
            hooks.run();
            f()
        }));
        unsafe { *their_packet.result.get() = Some(try_result) };
        drop(their_packet);
    };

    if let Some(scope_data) = &my_packet.scope {
        scope_data.increment_num_running_threads();
    }

    let rust_start: Box<dyn FnOnce() + Send + '_> = Box::new(rust_start);
    let rust_start: Box<dyn FnOnce() + Send + 'static> = unsafe { crate::mem::transmute(rust_start) };
    let init = Box::new(ThreadInit { handle: thread.clone(), rust_start });

    let native = unsafe { NativeThread::new(stack_size, init) };
    Ok(JoinInner { native, thread, packet: my_packet })
}

/// What a new thread starts from: its handle and its main.
pub(crate) struct ThreadInit {
    pub handle: Thread,
    pub rust_start: Box<dyn FnOnce() + Send>,
}

impl ThreadInit {
    /// std's ThreadInit::init(self: Box<Self>): sets the thread's handle, then frees the box (its handle
    /// dropped first) and gives back the thread's main.
    unsafe fn init(this: *mut ThreadInit) -> Box<dyn FnOnce() + Send> {
        let ThreadInit { handle, rust_start } = unsafe { crate::ptr::read(this) };
        if let Err(_thread) = super::current::set_current(handle.clone()) {
            crate::io::_eprint(format_args!("fatal runtime error: current thread handle already set during thread spawn, aborting\n"));
            crate::intrinsics::abort();
        }
        drop(handle);
        unsafe { crate::alloc::dealloc(this as *mut u8, crate::alloc::Layout::new::<ThreadInit>()) };
        rust_start
    }
}

/// The ThreadInits of threads spawned but not started yet, by rustmem thread id (pthread_create hands the
/// new thread its pointer; the intrinsic starts a thread from a boxed FnOnce, here the zero-sized StartThread).
static mut PENDING: [(u64, usize); 64] = [(0, 0); 64];

fn take_pending(id: u64) -> *mut ThreadInit {
    unsafe {
        let pending = &mut *(&raw mut PENDING);
        for slot in pending.iter_mut() {
            if slot.0 == id {
                slot.0 = 0;
                return slot.1 as *mut ThreadInit;
            }
        }
    }
    crate::ptr::null_mut()
}

/// What the new thread runs (std's thread_start): its TLS set up, its handle set from its ThreadInit, the
/// stack overflow handler's record of its name (a Box<str>, std's stack_overflow::thread_info), its main;
/// then its TLS destructors and its handle dropped.
fn thread_start(init: *mut ThreadInit) {
    super::local::with_thread_tls(move || {
        let rust_start = unsafe { ThreadInit::init(init) };
        let name: Option<Box<str>> = match super::current::current_name() {
            Some(n) => Some(Box::from(n)),
            None => None,
        };
        rust_start();
        drop(name);
    }, || super::current::drop_current());
}

struct StartThread;

impl FnOnce<()> for StartThread {
    type Output = ();
    fn call_once(self, _args: ()) { thread_start(take_pending(crate::intrinsics::thread_current_id())) }
}

/// std's sys::thread::Thread: the native thread (rustmem's thread id).
struct NativeThread {
    id: u64,
}

impl NativeThread {
    unsafe fn new(stack: usize, init: Box<ThreadInit>) -> NativeThread {
        // PTHREAD_STACK_MIN
        let stack_size = if stack < 16384 { 16384 } else { stack };
        let (name, has_name) = match init.handle.spawn_name() {
            Some(n) => (n as *const str, true),
            None => ("" as *const str, false),
        };
        let data = Box::into_raw(init);
        let id = crate::intrinsics::thread_spawn(Box::new(StartThread), unsafe { &*name }, has_name, stack_size);
        unsafe {
            let pending = &mut *(&raw mut PENDING);
            let mut placed = false;
            for slot in pending.iter_mut() {
                if slot.0 == 0 {
                    *slot = (id, data as usize);
                    placed = true;
                    break;
                }
            }
            if !placed {
                crate::io::_eprint(format_args!("fatal runtime error: rustmem: more than 64 threads spawned and not started, aborting\n"));
                crate::intrinsics::abort();
            }
        }
        NativeThread { id }
    }

    fn join(self) { crate::intrinsics::thread_join(self.id) }
}

struct Packet<'scope, T> {
    scope: Option<Arc<ScopeData>>,
    result: UnsafeCell<Option<Result<T>>>,
    _marker: PhantomData<Option<&'scope ScopeData>>,
}

unsafe impl<'scope, T: Send> Sync for Packet<'scope, T> {}

impl<'scope, T> Drop for Packet<'scope, T> {
    fn drop(&mut self) {
        let unhandled_panic = match self.result.get_mut() {
            Some(Err(_)) => true,
            _ => false,
        };
        if let Err(_) = crate::panicking::r#try(AssertUnwindSafe(|| {
            *self.result.get_mut() = None;
        })) {
            crate::io::_eprint(format_args!("fatal runtime error: thread result panicked on drop, aborting\n"));
            crate::intrinsics::abort();
        }
        if let Some(scope) = &self.scope {
            scope.decrement_num_running_threads(unhandled_panic);
        }
    }
}

pub(super) struct JoinInner<'scope, T> {
    native: NativeThread,
    thread: Thread,
    packet: Arc<Packet<'scope, T>>,
}

impl<'scope, T> JoinInner<'scope, T> {
    pub(super) fn is_finished(&self) -> bool { Arc::strong_count(&self.packet) == 1 }

    pub(super) fn thread(&self) -> &Thread { &self.thread }

    pub(super) fn join(self) -> Result<T> {
        let JoinInner { native, thread, mut packet } = self;
        native.join();
        drop(thread);
        Arc::get_mut(&mut packet).expect("threads should not terminate unexpectedly").result.get_mut().take().unwrap()
    }
}

#[def_path = "std::thread::join_handle"]

pub struct JoinHandle<T>(JoinInner<'static, T>);

unsafe impl<T> Send for JoinHandle<T> {}
unsafe impl<T> Sync for JoinHandle<T> {}

impl<T> JoinHandle<T> {
    pub fn thread(&self) -> &Thread { self.0.thread() }

    pub fn join(self) -> Result<T> { self.0.join() }

    pub fn is_finished(&self) -> bool { self.0.is_finished() }
}

impl<T> fmt::Debug for JoinHandle<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.debug_struct("JoinHandle").finish_non_exhaustive() }
}
