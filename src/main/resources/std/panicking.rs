// Panics: the message printed by std's default hook, then unwinding (the interpreter's part).
use crate::fmt;
use crate::panic::Location;

#[track_caller]
#[lang = "panic_fmt"]
pub fn panic_fmt(args: fmt::Arguments<'_>) -> ! {
    let location = Location::caller();
    begin_panic(location, args)
}

#[track_caller]
#[lang = "panic"]
pub const fn panic(msg: &'static str) -> ! { panic_fmt(fmt::Arguments::new_const(&[msg])) }

#[track_caller]
pub fn panic_display<T: fmt::Display + ?Sized>(x: &T) -> ! { panic_fmt(format_args!("{}", x)) }

#[track_caller]
pub fn unreachable_display<T: fmt::Display + ?Sized>(x: &T) -> ! {
    panic_fmt(format_args!("internal error: entered unreachable code: {}", x))
}

/// A panic at a location of std's own source (see the internal macro `std_panic!`).
pub(crate) fn panic_at(location: &Location<'_>, args: fmt::Arguments<'_>) -> ! { begin_panic(location, args) }

/// Prints `thread 'main' panicked at file:line:col:` and the message as std's default hook, then unwinds.
fn begin_panic(location: &Location<'_>, args: fmt::Arguments<'_>) -> ! {
    if crate::intrinsics::panicking() {
        crate::io::_eprint(format_args!("thread panicked while processing panic. aborting.\n"));
        crate::intrinsics::abort();
    }
    match hook() {
        Some(h) => {
            // the payload: the message (a &'static str when it has no arguments), as std's take_box makes it
            let payload: crate::boxed::Box<dyn crate::any::Any + Send> = match args.as_str() {
                Some(s) => crate::boxed::Box::new(s),
                None => crate::boxed::Box::new(crate::string::ToString::to_string(&args)),
            };
            h(&crate::panic::PanicHookInfo::new(&*payload, location));
            crate::intrinsics::begin_unwind(payload)
        }
        None => {
            print_panic(location, args);
            let payload: crate::boxed::Box<dyn crate::any::Any + Send> = match args.as_str() {
                Some(s) => crate::boxed::Box::new(s),
                None => crate::boxed::Box::new(crate::string::ToString::to_string(&args)),
            };
            crate::intrinsics::begin_unwind(payload)
        }
    }
}

/// A failed check of an `unsafe` function's precondition (std's `ub_checks::assert_unsafe_precondition!`, on in
/// a debug build): std's message at the caller's location, then an abort — a panic that cannot unwind.
#[track_caller]
pub fn precondition_violated(what: fmt::Arguments<'_>) -> ! {
    print_panic(Location::caller(), format_args!("unsafe precondition(s) violated: {}\n\nThis indicates a bug in the program. \
        This Undefined Behavior check is optional, and cannot be relied on for safety.", what));
    crate::io::_eprint(format_args!("thread caused non-unwinding panic. aborting.\n"));
    crate::intrinsics::abort()
}

/// `panic_any(msg)`: the message is the payload (printed when it is a &str or String, else "Box<dyn Any>").
#[track_caller]
pub fn begin_panic_any<M: 'static + crate::any::Any + Send>(msg: M) -> ! {
    let location = Location::caller();
    let payload: crate::boxed::Box<dyn crate::any::Any + Send> = crate::boxed::Box::new(msg);
    if let Some(h) = hook() {
        h(&crate::panic::PanicHookInfo::new(&*payload, location));
        crate::intrinsics::begin_unwind(payload)
    }
    let text = match payload.downcast_ref::<&'static str>() {
        Some(s) => *s,
        None => match payload.downcast_ref::<crate::string::String>() {
            Some(s) => s.as_str(),
            None => "Box<dyn Any>",
        },
    };
    print_panic(location, format_args!("{}", text));
    crate::intrinsics::begin_unwind(payload)
}

fn print_panic(location: &Location<'_>, args: fmt::Arguments<'_>) {
    let name = match crate::intrinsics::thread_name() {
        Some(n) => n,
        None => "<unnamed>",
    };
    crate::io::_eprint(format_args!("\nthread '{}' ({}) panicked at {}:\n{}\n", name, crate::intrinsics::thread_id(), location, args));
    if !first_panic_noted() {
        crate::io::_eprint(format_args!("note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n"));
    }
}

/// What catch_unwind shares with the closure it runs: the closure, then its result or the panic's payload.
struct TryData<F, R> {
    f: Option<F>,
    r: Option<R>,
    p: Option<crate::boxed::Box<dyn crate::any::Any + Send>>,
}

/// Runs f, catching a panic that unwinds out of it (std's panicking::try on the catch_unwind intrinsic).
pub fn r#try<R, F: FnOnce() -> R>(f: F) -> Result<R, crate::boxed::Box<dyn crate::any::Any + Send>> {
    let mut data = TryData { f: Some(f), r: None, p: None };
    let data_ptr = &raw mut data as *mut u8;
    if crate::intrinsics::catch_unwind(do_call::<F, R>, data_ptr, do_catch::<F, R>) == 0 {
        Ok(data.r.take().unwrap())
    } else {
        Err(data.p.take().unwrap())
    }
}

fn do_call<F: FnOnce() -> R, R>(data: *mut u8) {
    let data = unsafe { &mut *(data as *mut TryData<F, R>) };
    let f = data.f.take().unwrap();
    data.r = Some(f());
}

fn do_catch<F: FnOnce() -> R, R>(data: *mut u8, payload: *mut u8) {
    let data = unsafe { &mut *(data as *mut TryData<F, R>) };
    data.p = Some(unsafe { crate::ptr::read(payload as *mut crate::boxed::Box<dyn crate::any::Any + Send>) });
}

/// The hook `panic::set_hook` installed (None: std's default hook, which `print_panic` is).
pub(crate) static mut HOOK: Option<crate::boxed::Box<dyn Fn(&crate::panic::PanicHookInfo<'_>) + Sync + Send + 'static>> = None;

fn hook() -> Option<&'static (dyn Fn(&crate::panic::PanicHookInfo<'_>) + Sync + Send + 'static)> {
    unsafe {
        match &*&raw const HOOK {
            Some(h) => Some(&**h),
            None => None,
        }
    }
}

/// std's default hook, as a function `take_hook` can hand out.
pub(crate) fn default_hook(info: &crate::panic::PanicHookInfo<'_>) {
    let msg = match info.payload_as_str() {
        Some(s) => s,
        None => "Box<dyn Any>",
    };
    print_panic(info.location().unwrap(), format_args!("{}", msg));
}

static mut BACKTRACE_NOTED: bool = false;

/// std prints the backtrace note with the first panic only.
fn first_panic_noted() -> bool {
    unsafe {
        let before = BACKTRACE_NOTED;
        BACKTRACE_NOTED = true;
        before
    }
}

#[derive(Debug)]
pub enum AssertKind {
    Eq,
    Ne,
    Match,
}

#[track_caller]
pub fn assert_failed<T: fmt::Debug + ?Sized, U: fmt::Debug + ?Sized>(kind: AssertKind, left: &T, right: &U,
                                                                     args: Option<fmt::Arguments<'_>>) -> ! {
    let op = match kind {
        AssertKind::Eq => "==",
        AssertKind::Ne => "!=",
        AssertKind::Match => "matches",
    };
    match args {
        Some(args) => panic!("assertion `left {op} right` failed: {args}\n  left: {left:?}\n right: {right:?}"),
        None => panic!("assertion `left {op} right` failed\n  left: {left:?}\n right: {right:?}"),
    }
}

#[track_caller]
#[lang = "panic_bounds_check"]
pub fn panic_bounds_check(index: usize, len: usize) -> ! {
    panic!("index out of bounds: the len is {len} but the index is {index}")
}

/// core's slice_index_fail: the message for a range [start, end) that does not fit a slice of length len.
#[track_caller]
pub fn slice_index_fail(start: usize, end: usize, len: usize) -> ! { slice_index_fail_at(Location::caller(), start, end, len) }

pub(crate) fn slice_index_fail_at(location: &Location<'_>, start: usize, end: usize, len: usize) -> ! {
    if start > len {
        panic_at(location, format_args!("range start index {start} out of range for slice of length {len}"));
    }
    if end > len {
        panic_at(location, format_args!("range end index {end} out of range for slice of length {len}"));
    }
    if start > end {
        panic_at(location, format_args!("slice index starts at {start} but ends at {end}"));
    }
    // only reachable for an inclusive range ending at len
    panic_at(location, format_args!("range end index {end} out of range for slice of length {len}"))
}

#[track_caller]
pub fn str_index_overflow_fail() -> ! { panic!("attempted to index str up to maximum usize") }
