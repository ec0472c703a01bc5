// The standard streams. stdout: a LineWriter (1024-byte buffer, allocated by the first stdout()) over
// fd 1, written out at each newline and by cleanup() when the program ends; stderr: unbuffered writes to
// fd 2; stdin: a BufReader with an 8 KiB buffer (allocated by the first stdin()) over fd 0.
use crate::cell::UnsafeCell;
use crate::fmt;
use crate::string::String;
use crate::vec::Vec;
use super::{BufRead, BufReader, Error, IoSlice, IoSliceMut, LineWriter, Lines, Read, Result, Write};

/// A lazily initialized global (std uses OnceLock and locks; rustmem runs one thread at a time).
struct Global<T>(UnsafeCell<Option<T>>);

unsafe impl<T> Sync for Global<T> {}

impl<T> Global<T> {
    const fn new() -> Global<T> { Global(UnsafeCell::new(None)) }

    fn slot(&self) -> &mut Option<T> { unsafe { &mut *self.0.get() } }

    fn get_or_init(&'static self, f: impl FnOnce() -> T) -> &'static Global<T> {
        let slot = self.slot();
        if slot.is_none() {
            *slot = Some(f());
        }
        self
    }

    fn get_mut(&self) -> &mut T {
        match self.slot() {
            Some(v) => v,
            None => unreachable!(),
        }
    }
}

// ---------------------------------------------------------------- the raw streams

pub(crate) struct StdinRaw(());
struct StdoutRaw(());
struct StderrRaw(());

fn write_fd(fd: i32, buf: &[u8]) -> Result<usize> {
    let len = core_min(buf.len(), isize::MAX as usize);
    let n = crate::intrinsics::write_fd(fd, &buf[..len]);
    if n < 0 { Err(Error::from_raw_os_error((-n) as i32)) } else { Ok(n as usize) }
}

fn core_min(a: usize, b: usize) -> usize { if a < b { a } else { b } }

impl Read for StdinRaw {
    fn read(&mut self, buf: &mut [u8]) -> Result<usize> {
        let n = crate::intrinsics::read_fd(0, buf);
        // a closed stdin (EBADF) reads as empty
        if n < 0 { Ok(0) } else { Ok(n as usize) }
    }

    fn read_exact(&mut self, buf: &mut [u8]) -> Result<()> {
        if buf.is_empty() {
            return Ok(());
        }
        super::default_read_exact(self, buf)
    }

    fn read_to_end(&mut self, buf: &mut Vec<u8>) -> Result<usize> { super::read_to_end_impl(self, buf, None, false) }

    fn read_to_string(&mut self, buf: &mut String) -> Result<usize> {
        unsafe { super::append_to_string(buf, |b| super::read_to_end_impl(self, b, None, false)) }
    }
}

/// writev: the buffers in order (at most IOV_MAX of them), the total written.
fn writev_fd(fd: i32, bufs: &[IoSlice<'_>]) -> Result<usize> {
    let mut total = 0;
    for buf in bufs.iter().take(1024) {
        let n = write_fd(fd, buf)?;
        total += n;
        if n < buf.len() {
            break;
        }
    }
    Ok(total)
}

impl Write for StdoutRaw {
    fn write(&mut self, buf: &[u8]) -> Result<usize> { write_fd(1, buf) }
    fn write_vectored(&mut self, bufs: &[IoSlice<'_>]) -> Result<usize> { writev_fd(1, bufs) }
    fn flush(&mut self) -> Result<()> { Ok(()) }
}

impl Write for StderrRaw {
    fn write(&mut self, buf: &[u8]) -> Result<usize> { write_fd(2, buf) }
    fn write_vectored(&mut self, bufs: &[IoSlice<'_>]) -> Result<usize> { writev_fd(2, bufs) }
    fn flush(&mut self) -> Result<()> { Ok(()) }
}

/// Whether W writes vectored (std's unstable Write::is_write_vectored, true for the fds and the in-memory
/// writers; BufWriter and LineWriter say so whatever they wrap).
pub(crate) fn is_vectored_writer<W: ?Sized>() -> bool {
    use crate::intrinsics::type_id;
    let t = type_id::<W>();
    if t == type_id::<StdoutRaw>() || t == type_id::<StderrRaw>() || t == type_id::<Stdout>() || t == type_id::<Stderr>()
        || t == type_id::<StdoutLock<'static>>() || t == type_id::<StderrLock<'static>>() || t == type_id::<Vec<u8>>()
        || t == type_id::<&mut [u8]>() || t == type_id::<super::Sink>() || t == type_id::<super::Empty>()
        || t == type_id::<crate::collections::VecDeque<u8>>()
    {
        return true;
    }
    let name = crate::intrinsics::type_name::<W>();
    let name = match name.strip_prefix("&mut ") {
        Some(rest) => rest,
        None => name,
    };
    for prefix in ["Cursor<", "BufWriter<", "LineWriter<", "std::io::Cursor<", "std::io::BufWriter<", "std::io::LineWriter<"] {
        if name.starts_with(prefix) {
            return true;
        }
    }
    false
}

/// Whether a BufReader over R reads into its buffer without initializing it first (the readers whose
/// read_buf std implements directly).
pub(crate) fn is_raw_reader<R: ?Sized>() -> bool {
    use crate::intrinsics::type_id;
    let t = type_id::<R>();
    t == type_id::<StdinRaw>() || t == type_id::<&[u8]>() || t == type_id::<super::Empty>() || t == type_id::<super::Repeat>()
        || t == type_id::<crate::collections::VecDeque<u8>>()
        || {
            let name = crate::intrinsics::type_name::<R>();
            name.starts_with("Cursor<") || name.starts_with("std::io::Cursor<") || name.starts_with("std::io::cursor::Cursor<")
        }
}

// ---------------------------------------------------------------- stdin

static STDIN: Global<BufReader<StdinRaw>> = Global::new();

/// A handle to the process's standard input (8 KiB buffered).
pub struct Stdin {
    inner: &'static Global<BufReader<StdinRaw>>,
}

/// A locked handle to stdin: BufRead with its lines and read_line.
pub struct StdinLock<'a> {
    inner: &'a Global<BufReader<StdinRaw>>,
    _poison: bool,
}

impl !Send for StdinLock<'_> {}

pub fn stdin() -> Stdin {
    Stdin { inner: STDIN.get_or_init(|| BufReader::with_capacity(super::DEFAULT_BUF_SIZE, StdinRaw(()))) }
}

impl Stdin {
    pub fn lock(&self) -> StdinLock<'static> { StdinLock { inner: self.inner, _poison: false } }

    pub fn read_line(&self, buf: &mut String) -> Result<usize> { self.lock().read_line(buf) }

    pub fn lines(self) -> Lines<StdinLock<'static>> { self.lock().lines() }
}

impl fmt::Debug for Stdin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.debug_struct("Stdin").finish_non_exhaustive() }
}

impl Read for Stdin {
    fn read(&mut self, buf: &mut [u8]) -> Result<usize> { self.lock().read(buf) }
    fn read_vectored(&mut self, bufs: &mut [IoSliceMut<'_>]) -> Result<usize> { self.lock().read_vectored(bufs) }
    fn read_to_end(&mut self, buf: &mut Vec<u8>) -> Result<usize> { self.lock().read_to_end(buf) }
    fn read_to_string(&mut self, buf: &mut String) -> Result<usize> { self.lock().read_to_string(buf) }
    fn read_exact(&mut self, buf: &mut [u8]) -> Result<()> { self.lock().read_exact(buf) }
}

impl Read for &Stdin {
    fn read(&mut self, buf: &mut [u8]) -> Result<usize> { self.lock().read(buf) }
    fn read_vectored(&mut self, bufs: &mut [IoSliceMut<'_>]) -> Result<usize> { self.lock().read_vectored(bufs) }
    fn read_to_end(&mut self, buf: &mut Vec<u8>) -> Result<usize> { self.lock().read_to_end(buf) }
    fn read_to_string(&mut self, buf: &mut String) -> Result<usize> { self.lock().read_to_string(buf) }
    fn read_exact(&mut self, buf: &mut [u8]) -> Result<()> { self.lock().read_exact(buf) }
}

impl StdinLock<'_> {
    fn reader(&mut self) -> &mut BufReader<StdinRaw> { self.inner.get_mut() }
}

impl Read for StdinLock<'_> {
    fn read(&mut self, buf: &mut [u8]) -> Result<usize> { self.reader().read(buf) }
    fn read_vectored(&mut self, bufs: &mut [IoSliceMut<'_>]) -> Result<usize> { self.reader().read_vectored(bufs) }
    fn read_to_end(&mut self, buf: &mut Vec<u8>) -> Result<usize> { self.reader().read_to_end(buf) }
    fn read_to_string(&mut self, buf: &mut String) -> Result<usize> { self.reader().read_to_string(buf) }
    fn read_exact(&mut self, buf: &mut [u8]) -> Result<()> { self.reader().read_exact(buf) }
}

impl BufRead for StdinLock<'_> {
    fn fill_buf(&mut self) -> Result<&[u8]> { self.inner.get_mut().fill_buf() }
    fn consume(&mut self, n: usize) { self.reader().consume(n) }
    fn read_until(&mut self, byte: u8, buf: &mut Vec<u8>) -> Result<usize> { self.reader().read_until(byte, buf) }
    fn read_line(&mut self, buf: &mut String) -> Result<usize> { self.reader().read_line(buf) }
}

impl fmt::Debug for StdinLock<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.debug_struct("StdinLock").finish_non_exhaustive() }
}

// ---------------------------------------------------------------- stdout

static STDOUT: Global<LineWriter<StdoutRaw>> = Global::new();

/// A handle to the process's standard output (line-buffered, shared by print!).
pub struct Stdout {
    inner: &'static Global<LineWriter<StdoutRaw>>,
}

/// A locked handle to stdout.
pub struct StdoutLock<'a> {
    inner: &'a Global<LineWriter<StdoutRaw>>,
}

impl !Send for StdoutLock<'_> {}

pub fn stdout() -> Stdout { Stdout { inner: STDOUT.get_or_init(|| LineWriter::new(StdoutRaw(()))) } }

/// Flushes stdout and makes it unbuffered (the runtime calls it when main returns, and exit does):
/// the buffer is written out and freed, as std's cleanup replaces the LineWriter with a 0-capacity one.
pub(crate) fn cleanup() {
    let slot = STDOUT.slot();
    match slot {
        None => *slot = Some(LineWriter::with_capacity(0, StdoutRaw(()))),
        Some(w) => *w = LineWriter::with_capacity(0, StdoutRaw(())),
    }
}

impl Stdout {
    pub fn lock(&self) -> StdoutLock<'static> { StdoutLock { inner: self.inner } }
}

impl fmt::Debug for Stdout {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.debug_struct("Stdout").finish_non_exhaustive() }
}

impl Write for Stdout {
    fn write(&mut self, buf: &[u8]) -> Result<usize> { (&*self).write(buf) }
    fn write_vectored(&mut self, bufs: &[IoSlice<'_>]) -> Result<usize> { (&*self).write_vectored(bufs) }
    fn flush(&mut self) -> Result<()> { (&*self).flush() }
    fn write_all(&mut self, buf: &[u8]) -> Result<()> { (&*self).write_all(buf) }
    fn write_fmt(&mut self, args: fmt::Arguments<'_>) -> Result<()> { (&*self).write_fmt(args) }
}

impl Write for &Stdout {
    fn write(&mut self, buf: &[u8]) -> Result<usize> { self.lock().write(buf) }
    fn write_vectored(&mut self, bufs: &[IoSlice<'_>]) -> Result<usize> { self.lock().write_vectored(bufs) }
    fn flush(&mut self) -> Result<()> { self.lock().flush() }
    fn write_all(&mut self, buf: &[u8]) -> Result<()> { self.lock().write_all(buf) }
    fn write_fmt(&mut self, args: fmt::Arguments<'_>) -> Result<()> { self.lock().write_fmt(args) }
}

impl StdoutLock<'_> {
    fn writer(&mut self) -> &mut LineWriter<StdoutRaw> { self.inner.get_mut() }
}

impl Write for StdoutLock<'_> {
    fn write(&mut self, buf: &[u8]) -> Result<usize> { self.writer().write(buf) }
    fn write_vectored(&mut self, bufs: &[IoSlice<'_>]) -> Result<usize> { self.writer().write_vectored(bufs) }
    fn flush(&mut self) -> Result<()> { self.writer().flush() }
    fn write_all(&mut self, buf: &[u8]) -> Result<()> { self.writer().write_all(buf) }
}

impl fmt::Debug for StdoutLock<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.debug_struct("StdoutLock").finish_non_exhaustive() }
}

// ---------------------------------------------------------------- stderr

static STDERR: Global<StderrRaw> = Global::new();

/// A handle to the process's standard error (unbuffered).
pub struct Stderr {
    inner: &'static Global<StderrRaw>,
}

/// A locked handle to stderr.
pub struct StderrLock<'a> {
    inner: &'a Global<StderrRaw>,
}

impl !Send for StderrLock<'_> {}

pub fn stderr() -> Stderr { Stderr { inner: STDERR.get_or_init(|| StderrRaw(())) } }

impl Stderr {
    pub fn lock(&self) -> StderrLock<'static> { StderrLock { inner: self.inner } }
}

impl fmt::Debug for Stderr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.debug_struct("Stderr").finish_non_exhaustive() }
}

impl Write for Stderr {
    fn write(&mut self, buf: &[u8]) -> Result<usize> { (&*self).write(buf) }
    fn write_vectored(&mut self, bufs: &[IoSlice<'_>]) -> Result<usize> { (&*self).write_vectored(bufs) }
    fn flush(&mut self) -> Result<()> { (&*self).flush() }
    fn write_all(&mut self, buf: &[u8]) -> Result<()> { (&*self).write_all(buf) }
    fn write_fmt(&mut self, args: fmt::Arguments<'_>) -> Result<()> { (&*self).write_fmt(args) }
}

impl Write for &Stderr {
    fn write(&mut self, buf: &[u8]) -> Result<usize> { self.lock().write(buf) }
    fn write_vectored(&mut self, bufs: &[IoSlice<'_>]) -> Result<usize> { self.lock().write_vectored(bufs) }
    fn flush(&mut self) -> Result<()> { self.lock().flush() }
    fn write_all(&mut self, buf: &[u8]) -> Result<()> { self.lock().write_all(buf) }
    fn write_fmt(&mut self, args: fmt::Arguments<'_>) -> Result<()> { self.lock().write_fmt(args) }
}

impl Write for StderrLock<'_> {
    fn write(&mut self, buf: &[u8]) -> Result<usize> { self.inner.get_mut().write(buf) }
    fn write_vectored(&mut self, bufs: &[IoSlice<'_>]) -> Result<usize> { self.inner.get_mut().write_vectored(bufs) }
    fn flush(&mut self) -> Result<()> { self.inner.get_mut().flush() }
    fn write_all(&mut self, buf: &[u8]) -> Result<()> { self.inner.get_mut().write_all(buf) }
}

impl fmt::Debug for StderrLock<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.debug_struct("StderrLock").finish_non_exhaustive() }
}

// the handles are unwind safe (std's locks are), though the globals they point to use an UnsafeCell
impl crate::panic::UnwindSafe for Stdin {}
impl crate::panic::RefUnwindSafe for Stdin {}
impl crate::panic::UnwindSafe for StdinLock<'_> {}
impl crate::panic::RefUnwindSafe for StdinLock<'_> {}
impl crate::panic::UnwindSafe for Stdout {}
impl crate::panic::RefUnwindSafe for Stdout {}
impl crate::panic::UnwindSafe for StdoutLock<'_> {}
impl crate::panic::RefUnwindSafe for StdoutLock<'_> {}
impl crate::panic::UnwindSafe for Stderr {}
impl crate::panic::RefUnwindSafe for Stderr {}
impl crate::panic::UnwindSafe for StderrLock<'_> {}
impl crate::panic::RefUnwindSafe for StderrLock<'_> {}

// ---------------------------------------------------------------- output capture (libtest's)

type LocalStream = crate::sync::Arc<crate::sync::Mutex<Vec<u8>>>;

crate::thread_local! {
    // the thread's print!/eprint! (and panic message) capture: libtest's buffer for the running test
    static OUTPUT_CAPTURE: crate::cell::Cell<Option<LocalStream>> = const { crate::cell::Cell::new(None) };
}

/// Whether a capture was ever set (std skips the thread-local until then).
static OUTPUT_CAPTURE_USED: crate::sync::atomic::AtomicBool = crate::sync::atomic::AtomicBool::new(false);

/// Sets the thread's output capture, returning the previous one (std's unstable io::set_output_capture, for
/// std's libtest only).
pub(crate) fn set_output_capture(sink: Option<LocalStream>) -> Option<LocalStream> {
    try_set_output_capture(sink).expect("cannot access a Thread Local Storage value during or after destruction")
}

pub(crate) fn try_set_output_capture(sink: Option<LocalStream>) -> crate::result::Result<Option<LocalStream>, crate::thread::AccessError> {
    use crate::sync::atomic::Ordering;
    if sink.is_none() && !OUTPUT_CAPTURE_USED.load(Ordering::Relaxed) {
        // OUTPUT_CAPTURE is definitely None since OUTPUT_CAPTURE_USED is false.
        return Ok(None);
    }
    OUTPUT_CAPTURE_USED.store(true, Ordering::Relaxed);
    OUTPUT_CAPTURE.try_with(move |slot| slot.replace(sink))
}

/// Writes args into the thread's capture if it has one (std's print_to_buffer_if_capture_used).
fn print_to_buffer_if_capture_used(args: fmt::Arguments<'_>) -> bool {
    use crate::sync::atomic::Ordering;
    OUTPUT_CAPTURE_USED.load(Ordering::Relaxed)
        && OUTPUT_CAPTURE.try_with(|s| {
            // Note that we completely remove a local sink to write to in case
            // our printing recursively panics/prints, so the recursive
            // panic/print goes to the global sink instead of our local sink.
            s.take().map(|w| {
                let _ = w.lock().unwrap_or_else(|e| e.into_inner()).write_fmt(args);
                s.set(Some(w));
            })
        }) == Ok(Some(()))
}

// ---------------------------------------------------------------- print! and eprint!

/// print!: the formatted text through stdout's buffer (or the thread's output capture).
pub fn _print(args: fmt::Arguments<'_>) {
    if print_to_buffer_if_capture_used(args) {
        return;
    }
    if let Err(e) = stdout().write_fmt(args) {
        panic!("failed printing to stdout: {e}");
    }
}

/// eprint!: straight to fd 2 (or the thread's output capture).
pub fn _eprint(args: fmt::Arguments<'_>) {
    if print_to_buffer_if_capture_used(args) {
        return;
    }
    if let Err(e) = stderr().write_fmt(args) {
        panic!("failed printing to stderr: {e}");
    }
}

// ---------------------------------------------------------------- IsTerminal

mod sealed {
    pub trait Sealed {}
}

/// Whether a stream is a terminal: rustmem's streams are redirected (files or pipes), so never.
pub trait IsTerminal: sealed::Sealed {
    fn is_terminal(&self) -> bool;
}

macro_rules! not_terminal {
    ($($t:ty),*) => {
        $(
            impl sealed::Sealed for $t {}
            impl IsTerminal for $t {
                fn is_terminal(&self) -> bool { false }
            }
        )*
    };
}
not_terminal!(Stdin, StdinLock<'_>, Stdout, StdoutLock<'_>, Stderr, StderrLock<'_>);
