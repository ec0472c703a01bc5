// The functions the interpreter implements itself (rustc's intrinsics and the runtime's entry points):
// each is declared here and implemented once in rustmem's intrinsic registry.

#[rustc_intrinsic] pub fn size_of<T>() -> usize;
#[rustc_intrinsic] pub fn align_of<T>() -> usize;
#[rustc_intrinsic] pub fn size_of_val<T: ?Sized>(ptr: *const T) -> usize;
#[rustc_intrinsic] pub fn align_of_val<T: ?Sized>(ptr: *const T) -> usize;
#[rustc_intrinsic] pub fn needs_drop<T: ?Sized>() -> bool;
#[rustc_intrinsic] pub fn type_name<T: ?Sized>() -> &'static str;
#[rustc_intrinsic] pub fn type_id<T: ?Sized>() -> u128;
/// The discriminant of an enum value (0 for other types).
#[rustc_intrinsic] pub fn discriminant_value<T>(v: &T) -> <T as crate::marker::DiscriminantKind>::Discriminant;
/// Whether the type implements the trait object's trait (std's specializations ask this once types are known).
#[rustc_intrinsic] pub fn implements<T: ?Sized, Trait: ?Sized>() -> bool;
/// The value as a trait object of `Dyn` (a `dyn Trait` type) when its type implements the trait, else None (core's
/// unstable `any::try_as_dyn`: std's specializations, once types are known).
#[rustc_intrinsic] pub fn try_as_dyn<T, Dyn: ?Sized>(t: &T) -> Option<&Dyn>;

#[rustc_intrinsic] pub unsafe fn transmute<Src, Dst>(src: Src) -> Dst;
/// transmute without the size check (the sizes are equal but depend on generic parameters).
#[rustc_intrinsic] pub unsafe fn transmute_unchecked<Src, Dst>(src: Src) -> Dst;
#[rustc_intrinsic] pub unsafe fn copy_nonoverlapping<T>(src: *const T, dst: *mut T, count: usize);
#[rustc_intrinsic] pub unsafe fn copy<T>(src: *const T, dst: *mut T, count: usize);
#[rustc_intrinsic] pub unsafe fn write_bytes<T>(dst: *mut T, val: u8, count: usize);
#[rustc_intrinsic] pub unsafe fn read_via_copy<T>(ptr: *const T) -> T;
#[rustc_intrinsic] pub unsafe fn write_via_move<T>(ptr: *mut T, value: T);
#[rustc_intrinsic] pub unsafe fn drop_in_place<T: ?Sized>(to_drop: *mut T);
#[rustc_intrinsic] pub fn forget<T>(value: T);
#[rustc_intrinsic] pub unsafe fn offset<T>(ptr: *const T, count: isize) -> *const T;
#[rustc_intrinsic] pub unsafe fn ptr_offset_from<T>(ptr: *const T, base: *const T) -> isize;
#[rustc_intrinsic] pub unsafe fn compare_bytes(left: *const u8, right: *const u8, bytes: usize) -> i32;
/// The address part of a (possibly fat) pointer.
#[rustc_intrinsic] pub fn ptr_addr<T: ?Sized>(ptr: *const T) -> usize;
/// A pointer of type *const T at the given address, with the metadata of `meta` (a fat pointer's length or vtable).
#[rustc_intrinsic] pub fn ptr_with_addr<T: ?Sized>(meta: *const T, addr: usize) -> *const T;
/// The pointer data (its address and provenance) with the metadata of `meta`: core's `with_metadata_of`.
#[rustc_intrinsic] pub fn ptr_with_metadata_of<T: ?Sized>(data: *const u8, meta: *const T) -> *const T;
/// The length a slice or str pointer carries.
#[rustc_intrinsic] pub fn ptr_metadata_len<T: ?Sized>(ptr: *const T) -> usize;
/// A slice pointer from a thin pointer and a length.
#[rustc_intrinsic] pub fn slice_from_raw_parts<T>(data: *const T, len: usize) -> *const [T];
#[rustc_intrinsic] pub fn slice_from_raw_parts_mut<T>(data: *mut T, len: usize) -> *mut [T];

#[rustc_intrinsic] pub fn abort() -> !;
#[rustc_intrinsic] pub unsafe fn unreachable() -> !;
#[rustc_intrinsic] pub fn black_box<T>(dummy: T) -> T;

#[rustc_intrinsic] pub fn add_with_overflow<T: Copy>(x: T, y: T) -> (T, bool);
#[rustc_intrinsic] pub fn sub_with_overflow<T: Copy>(x: T, y: T) -> (T, bool);
#[rustc_intrinsic] pub fn mul_with_overflow<T: Copy>(x: T, y: T) -> (T, bool);
#[rustc_intrinsic] pub fn wrapping_add<T: Copy>(a: T, b: T) -> T;
#[rustc_intrinsic] pub fn wrapping_sub<T: Copy>(a: T, b: T) -> T;
#[rustc_intrinsic] pub fn wrapping_mul<T: Copy>(a: T, b: T) -> T;
#[rustc_intrinsic] pub fn rotate_left<T: Copy>(x: T, shift: u32) -> T;
#[rustc_intrinsic] pub fn rotate_right<T: Copy>(x: T, shift: u32) -> T;
#[rustc_intrinsic] pub fn ctpop<T: Copy>(x: T) -> u32;
#[rustc_intrinsic] pub fn ctlz<T: Copy>(x: T) -> u32;
#[rustc_intrinsic] pub fn cttz<T: Copy>(x: T) -> u32;
#[rustc_intrinsic] pub fn bswap<T: Copy>(x: T) -> T;
#[rustc_intrinsic] pub fn bitreverse<T: Copy>(x: T) -> T;

#[rustc_intrinsic] pub fn sqrtf64(x: f64) -> f64;
#[rustc_intrinsic] pub fn sqrtf32(x: f32) -> f32;
#[rustc_intrinsic] pub fn powif64(a: f64, x: i32) -> f64;
#[rustc_intrinsic] pub fn powif32(a: f32, x: i32) -> f32;
#[rustc_intrinsic] pub fn floorf64(x: f64) -> f64;
#[rustc_intrinsic] pub fn floorf32(x: f32) -> f32;
#[rustc_intrinsic] pub fn ceilf64(x: f64) -> f64;
#[rustc_intrinsic] pub fn ceilf32(x: f32) -> f32;
#[rustc_intrinsic] pub fn roundf64(x: f64) -> f64;
#[rustc_intrinsic] pub fn roundf32(x: f32) -> f32;
#[rustc_intrinsic] pub fn truncf64(x: f64) -> f64;
#[rustc_intrinsic] pub fn truncf32(x: f32) -> f32;
#[rustc_intrinsic] pub fn fabsf64(x: f64) -> f64;
#[rustc_intrinsic] pub fn fabsf32(x: f32) -> f32;
#[rustc_intrinsic] pub fn copysignf64(x: f64, y: f64) -> f64;
#[rustc_intrinsic] pub fn copysignf32(x: f32, y: f32) -> f32;
#[rustc_intrinsic] pub fn fmaf64(a: f64, b: f64, c: f64) -> f64;
#[rustc_intrinsic] pub fn fmaf32(a: f32, b: f32, c: f32) -> f32;
/// libm's functions, computed as glibc 2.36 computes them: name is the C function (sin, cos, exp, log, pow …).
#[rustc_intrinsic] pub fn libm_f64(name: &str, a: f64, b: f64) -> f64;
#[rustc_intrinsic] pub fn libm_f32(name: &str, a: f32, b: f32) -> f32;
/// The shortest decimal digits that read back as v (v finite, > 0) into buf; returns (digit count, exponent)
/// with v = 0.d1d2d3... × 10^exponent, as core's flt2dec::strategy::grisu::format_shortest.
#[rustc_intrinsic] pub fn flt2dec_shortest(v: f64, is_f32: bool, buf: &mut [u8]) -> (usize, i16);
/// The digits of v correctly rounded (half to even on the exact value) to `limit` (the lowest decimal exponent
/// kept, as core's format_exact): returns (digit count, exponent).
#[rustc_intrinsic] pub fn flt2dec_exact(v: f64, is_f32: bool, buf: &mut [u8], limit: i16) -> (usize, i16);
/// A decimal string (already checked to be a valid Rust float literal) to the nearest f64/f32.
#[rustc_intrinsic] pub fn dec2flt(s: &str, is_f32: bool) -> f64;

/// Writes bytes to the process's stdout (fd 1) or stderr (fd 2), as the write syscall.
#[rustc_intrinsic] pub fn write_fd(fd: i32, buf: &[u8]) -> isize;
#[rustc_intrinsic] pub fn exit(code: i32) -> !;
/// The current thread's name (None for an unnamed spawned thread) and id, for panic messages.
#[rustc_intrinsic] pub fn thread_name() -> Option<&'static str>;
#[rustc_intrinsic] pub fn thread_id() -> u64;
#[rustc_intrinsic] pub fn process_id() -> u32;
/// Starts unwinding the current thread with this payload (the panic hook has printed the message).
#[rustc_intrinsic] pub fn begin_unwind(payload: crate::boxed::Box<dyn crate::any::Any + Send>) -> !;
/// Calls try_fn(data); if it panics, calls catch_fn(data, payload) with a pointer to the Box<dyn Any + Send>
/// payload and returns 1, else returns 0 (rustc's catch_unwind).
#[rustc_intrinsic] pub fn catch_unwind(try_fn: fn(*mut u8), data: *mut u8, catch_fn: fn(*mut u8, *mut u8)) -> i32;
/// Whether the current thread is already panicking (a panic during unwinding aborts).
#[rustc_intrinsic] pub fn panicking() -> bool;
/// The location of the outermost #[track_caller] caller of the current function.
#[rustc_intrinsic] pub fn caller_location() -> &'static crate::panic::Location<'static>;

#[rustc_intrinsic] pub unsafe fn __rust_alloc(size: usize, align: usize) -> *mut u8;
#[rustc_intrinsic] pub unsafe fn __rust_alloc_zeroed(size: usize, align: usize) -> *mut u8;
#[rustc_intrinsic] pub unsafe fn __rust_dealloc(ptr: *mut u8, size: usize, align: usize);
#[rustc_intrinsic] pub unsafe fn __rust_realloc(ptr: *mut u8, old_size: usize, align: usize, new_size: usize) -> *mut u8;

/// Unicode properties of a char as Rust 1.95 (Unicode 16) defines them: 0 alphabetic, 1 numeric, 2 lowercase,
/// 3 uppercase, 4 white space, 5 control, 6 grapheme-extend (for escape_debug), 7 printable (for escape_debug).
#[rustc_intrinsic] pub fn unicode_property(c: char, property: u32) -> bool;
/// The full case mapping of a char (to upper when upper): up to three chars, '\0' padded.
#[rustc_intrinsic] pub fn unicode_case(c: char, upper: bool) -> [char; 3];
/// Reads up to buf.len() bytes from fd 0; 0 at end of input.
#[rustc_intrinsic] pub fn read_fd(fd: i32, buf: &mut [u8]) -> isize;

// ---- threads: rustmem's scheduler runs one thread at a time (deterministically), switching where a thread
// blocks (join, futex_wait), sleeps or yields; time is a virtual clock that sleeping advances.
/// Starts a thread that runs `main` on its own stack of stack_size bytes, named name (when has_name) in panic
/// messages. Returns its id (std's ThreadId numbering: the main thread is 1, the first spawned 2, ...).
#[rustc_intrinsic] pub fn thread_spawn(main: crate::boxed::Box<dyn FnOnce() + Send + 'static>, name: &str, has_name: bool, stack_size: usize) -> u64;
/// The running thread's id (main is 1).
#[rustc_intrinsic] pub fn thread_current_id() -> u64;
/// Blocks until the thread with this id has ended.
#[rustc_intrinsic] pub fn thread_join(id: u64);
#[rustc_intrinsic] pub fn thread_yield_now();
/// Sleeps for nanos nanoseconds of the virtual clock.
#[rustc_intrinsic] pub fn thread_sleep(nanos: u64);
/// Blocks the running thread until it is unparked (at once if a token is pending), as std's park.
#[rustc_intrinsic] pub fn thread_park(timeout_nanos: u64);
#[rustc_intrinsic] pub fn thread_unpark(id: u64);
/// Blocks while `*addr == expected` until futex_wake on addr (or the timeout, u64::MAX for none); false when it
/// timed out. A wait that no other thread can end is a deadlock, which stops the program.
#[rustc_intrinsic] pub unsafe fn futex_wait(addr: *const u32, expected: u32, timeout_nanos: u64) -> bool;
/// Wakes one (or all) of the threads waiting on addr.
#[rustc_intrinsic] pub unsafe fn futex_wake(addr: *const u32, all: bool);
/// The virtual clock: monotonic nanoseconds (Instant) and nanoseconds since the Unix epoch (SystemTime).
#[rustc_intrinsic] pub fn clock_monotonic_nanos() -> u64;
#[rustc_intrinsic] pub fn clock_realtime_nanos() -> u64;

// ---- atomics on integers and pointers of up to 8 bytes (one thread runs at a time: each is one step)
#[rustc_intrinsic] pub unsafe fn atomic_load<T: Copy>(src: *const T) -> T;
#[rustc_intrinsic] pub unsafe fn atomic_store<T: Copy>(dst: *mut T, val: T);
#[rustc_intrinsic] pub unsafe fn atomic_xchg<T: Copy>(dst: *mut T, val: T) -> T;
/// Compare-exchange: (the previous value, whether it was old and was replaced by new).
#[rustc_intrinsic] pub unsafe fn atomic_cxchg<T: Copy>(dst: *mut T, old: T, new: T) -> (T, bool);
/// Read-modify-write returning the previous value (wrapping arithmetic; max/min signed, umax/umin unsigned).
#[rustc_intrinsic] pub unsafe fn atomic_xadd<T: Copy>(dst: *mut T, src: T) -> T;
#[rustc_intrinsic] pub unsafe fn atomic_xsub<T: Copy>(dst: *mut T, src: T) -> T;
#[rustc_intrinsic] pub unsafe fn atomic_and<T: Copy>(dst: *mut T, src: T) -> T;
#[rustc_intrinsic] pub unsafe fn atomic_nand<T: Copy>(dst: *mut T, src: T) -> T;
#[rustc_intrinsic] pub unsafe fn atomic_or<T: Copy>(dst: *mut T, src: T) -> T;
#[rustc_intrinsic] pub unsafe fn atomic_xor<T: Copy>(dst: *mut T, src: T) -> T;
#[rustc_intrinsic] pub unsafe fn atomic_max<T: Copy>(dst: *mut T, src: T) -> T;
#[rustc_intrinsic] pub unsafe fn atomic_min<T: Copy>(dst: *mut T, src: T) -> T;
#[rustc_intrinsic] pub unsafe fn atomic_umax<T: Copy>(dst: *mut T, src: T) -> T;
#[rustc_intrinsic] pub unsafe fn atomic_umin<T: Copy>(dst: *mut T, src: T) -> T;
#[rustc_intrinsic] pub fn atomic_fence();
/// The program's command-line arguments (the program name first) and environment variables, one at a time.
#[rustc_intrinsic] pub fn env_arg(index: usize) -> Option<&'static str>;
#[rustc_intrinsic] pub fn env_var(key: &str) -> Option<&'static str>;
/// Reached only by what the simulated process does not have (the file system): rustmem stops with
/// `error: unsupported: <what>` (its caller's location).
#[rustc_intrinsic] pub fn unsupported(what: &str) -> !;
