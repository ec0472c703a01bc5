use crate::fmt;

/// Where a panic happened (std's Location): the source file, line and column.
#[def_path = "core::panic::location"]
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[lang = "panic_location"]
pub struct Location<'a> {
    file: &'a str,
    line: u32,
    col: u32,
}

impl<'a> Location<'a> {
    #[track_caller]
    pub fn caller() -> &'static Location<'static> { crate::intrinsics::caller_location() }
    /// A location std names itself (core's Location::internal_constructor).
    pub(crate) const fn internal_constructor(file: &'a str, line: u32, col: u32) -> Location<'a> { Location { file, line, col } }
    pub fn file(&self) -> &str { self.file }
    pub fn line(&self) -> u32 { self.line }
    pub fn column(&self) -> u32 { self.col }
}

impl fmt::Display for Location<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { write!(f, "{}:{}:{}", self.file, self.line, self.col) }
}

/// A type safe to observe after a panic unwound through a closure holding it (std's auto trait).
pub auto trait UnwindSafe {}
pub auto trait RefUnwindSafe {}

impl<T: ?Sized> !UnwindSafe for &mut T {}
impl<T: RefUnwindSafe + ?Sized> UnwindSafe for &T {}
impl<T: RefUnwindSafe + ?Sized> UnwindSafe for *const T {}
impl<T: RefUnwindSafe + ?Sized> UnwindSafe for *mut T {}
impl<T: ?Sized> !RefUnwindSafe for crate::cell::UnsafeCell<T> {}

/// Asserts that a value is unwind safe.
#[def_path = "core::panic::unwind_safe"]
pub struct AssertUnwindSafe<T>(pub T);

impl<T> UnwindSafe for AssertUnwindSafe<T> {}
impl<T> RefUnwindSafe for AssertUnwindSafe<T> {}

impl<T> crate::ops::Deref for AssertUnwindSafe<T> {
    type Target = T;
    fn deref(&self) -> &T { &self.0 }
}
impl<T> crate::ops::DerefMut for AssertUnwindSafe<T> {
    fn deref_mut(&mut self) -> &mut T { &mut self.0 }
}
impl<R, F: FnOnce() -> R> FnOnce<()> for AssertUnwindSafe<F> {
    type Output = R;
    fn call_once(self, _args: ()) -> R { (self.0)() }
}
impl<T: fmt::Debug> fmt::Debug for AssertUnwindSafe<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.debug_tuple("AssertUnwindSafe").field(&self.0).finish() }
}
impl<T: Default> Default for AssertUnwindSafe<T> {
    fn default() -> Self { AssertUnwindSafe(T::default()) }
}

/// What a panic hook is told: the payload and where the panic happened.
pub struct PanicHookInfo<'a> {
    payload: &'a (dyn crate::any::Any + Send),
    location: &'a Location<'a>,
    can_unwind: bool,
    force_no_backtrace: bool,
}

/// The old name of PanicHookInfo.
pub type PanicInfo<'a> = PanicHookInfo<'a>;

impl<'a> PanicHookInfo<'a> {
    pub(crate) fn new(payload: &'a (dyn crate::any::Any + Send), location: &'a Location<'a>) -> PanicHookInfo<'a> {
        PanicHookInfo { payload, location, can_unwind: true, force_no_backtrace: false }
    }
    pub fn payload(&self) -> &(dyn crate::any::Any + Send) { self.payload }
    pub fn payload_as_str(&self) -> Option<&str> {
        if let Some(s) = self.payload.downcast_ref::<&str>() {
            Some(s)
        } else if let Some(s) = self.payload.downcast_ref::<crate::string::String>() {
            Some(s.as_str())
        } else {
            None
        }
    }
    pub fn location(&self) -> Option<&Location<'_>> { Some(self.location) }
    pub fn can_unwind(&self) -> bool { self.can_unwind }
}

impl fmt::Display for PanicHookInfo<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("panicked at ")?;
        fmt::Display::fmt(self.location, f)?;
        if let Some(payload) = self.payload_as_str() {
            f.write_str(":\n")?;
            f.write_str(payload)?;
        }
        Ok(())
    }
}

impl fmt::Debug for PanicHookInfo<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PanicHookInfo")
            .field("payload", &self.payload)
            .field("location", &self.location)
            .field("can_unwind", &self.can_unwind)
            .field("force_no_backtrace", &self.force_no_backtrace)
            .finish()
    }
}

/// Registers a custom panic hook, replacing the previous one (std's default hook at first).
pub fn set_hook(hook: crate::boxed::Box<dyn Fn(&PanicHookInfo<'_>) + Sync + Send + 'static>) {
    if crate::thread::panicking() {
        panic!("cannot modify the panic hook from a panicking thread");
    }
    unsafe { crate::panicking::HOOK = Some(hook); }
}

/// Unregisters the current panic hook and returns it (std's default hook when none was set).
pub fn take_hook() -> crate::boxed::Box<dyn Fn(&PanicHookInfo<'_>) + Sync + Send + 'static> {
    if crate::thread::panicking() {
        panic!("cannot modify the panic hook from a panicking thread");
    }
    match unsafe { (*&raw mut crate::panicking::HOOK).take() } {
        Some(h) => h,
        None => crate::boxed::Box::new(crate::panicking::default_hook),
    }
}

/// Runs f, returning Err with the panic's payload if it panics (the panic message is printed first).
pub fn catch_unwind<F: FnOnce() -> R + UnwindSafe, R>(f: F) -> Result<R, crate::boxed::Box<dyn crate::any::Any + Send + 'static>> {
    crate::panicking::r#try(f)
}

/// Unwinds with this payload without printing a message.
pub fn resume_unwind(payload: crate::boxed::Box<dyn crate::any::Any + Send>) -> ! { crate::intrinsics::begin_unwind(payload) }

/// Panics with any value as the payload.
#[track_caller]
pub fn panic_any<M: 'static + crate::any::Any + Send>(msg: M) -> ! { crate::panicking::begin_panic_any(msg) }
