// std::io: stdout as a LineWriter over fd 1 (its 1024-byte buffer allocated at the first print, lines
// written out at each newline, the rest when the program ends), stderr unbuffered, stdin, and the Write,
// Read and BufRead traits.
use crate::fmt;
use crate::string::String;
use crate::vec::Vec;

pub type Result<T> = crate::result::Result<T, Error>;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ErrorKind {
    NotFound,
    PermissionDenied,
    ConnectionRefused,
    AlreadyExists,
    WouldBlock,
    InvalidInput,
    InvalidData,
    TimedOut,
    WriteZero,
    Interrupted,
    Unsupported,
    UnexpectedEof,
    OutOfMemory,
    BrokenPipe,
    Other,
}

impl ErrorKind {
    fn as_str(&self) -> &'static str {
        match *self {
            ErrorKind::NotFound => "entity not found",
            ErrorKind::PermissionDenied => "permission denied",
            ErrorKind::ConnectionRefused => "connection refused",
            ErrorKind::AlreadyExists => "entity already exists",
            ErrorKind::WouldBlock => "operation would block",
            ErrorKind::InvalidInput => "invalid input parameter",
            ErrorKind::InvalidData => "invalid data",
            ErrorKind::TimedOut => "timed out",
            ErrorKind::WriteZero => "write zero",
            ErrorKind::Interrupted => "operation interrupted",
            ErrorKind::Unsupported => "unsupported",
            ErrorKind::UnexpectedEof => "unexpected end of file",
            ErrorKind::OutOfMemory => "out of memory",
            ErrorKind::BrokenPipe => "broken pipe",
            ErrorKind::Other => "other error",
        }
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.write_str(self.as_str()) }
}

enum Repr {
    Simple(ErrorKind),
    SimpleMessage(ErrorKind, &'static str),
    Custom(ErrorKind, crate::boxed::Box<dyn crate::error::Error + Send + Sync>),
}

pub struct Error {
    repr: Repr,
}

impl Error {
    pub fn new<E: Into<crate::boxed::Box<dyn crate::error::Error + Send + Sync>>>(kind: ErrorKind, error: E) -> Error {
        Error { repr: Repr::Custom(kind, error.into()) }
    }
    pub fn other<E: Into<crate::boxed::Box<dyn crate::error::Error + Send + Sync>>>(error: E) -> Error { Error::new(ErrorKind::Other, error) }
    pub const fn const_message(kind: ErrorKind, message: &'static str) -> Error { Error { repr: Repr::SimpleMessage(kind, message) } }
    pub fn kind(&self) -> ErrorKind {
        match self.repr {
            Repr::Simple(k) => k,
            Repr::SimpleMessage(k, _) => k,
            Repr::Custom(k, _) => k,
        }
    }
}

impl From<ErrorKind> for Error {
    fn from(kind: ErrorKind) -> Error { Error { repr: Repr::Simple(kind) } }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.repr {
            Repr::Simple(kind) => f.debug_tuple("Kind").field(kind).finish(),
            Repr::SimpleMessage(kind, message) => f.debug_struct("Error").field("kind", kind).field("message", message).finish(),
            Repr::Custom(kind, error) => f.debug_struct("Custom").field("kind", kind).field("error", error).finish(),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.repr {
            Repr::Simple(kind) => f.write_str(kind.as_str()),
            Repr::SimpleMessage(_, message) => f.write_str(message),
            Repr::Custom(_, error) => fmt::Display::fmt(&**error, f),
        }
    }
}

impl crate::error::Error for Error {}

pub trait Write {
    fn write(&mut self, buf: &[u8]) -> Result<usize>;
    fn flush(&mut self) -> Result<()>;
    fn write_all(&mut self, mut buf: &[u8]) -> Result<()> {
        while !buf.is_empty() {
            match self.write(buf) {
                Ok(0) => return Err(Error::const_message(ErrorKind::WriteZero, "failed to write whole buffer")),
                Ok(n) => buf = &buf[n..],
                Err(e) => return Err(e),
            }
        }
        Ok(())
    }
    fn write_fmt(&mut self, args: fmt::Arguments<'_>) -> Result<()> {
        // fmt::Write over io::Write, keeping the io error (std's Adapter)
        struct Adapter<'a, T: ?Sized + 'a> {
            inner: &'a mut T,
            error: Result<()>,
        }
        impl<T: Write + ?Sized> fmt::Write for Adapter<'_, T> {
            fn write_str(&mut self, s: &str) -> fmt::Result {
                match self.inner.write_all(s.as_bytes()) {
                    Ok(()) => Ok(()),
                    Err(e) => {
                        self.error = Err(e);
                        Err(fmt::Error)
                    }
                }
            }
        }
        let mut output = Adapter { inner: self, error: Ok(()) };
        match fmt::write(&mut output, args) {
            Ok(()) => Ok(()),
            Err(..) => {
                if output.error.is_err() {
                    output.error
                } else {
                    panic!("a formatting trait implementation returned an error when the underlying stream did not");
                }
            }
        }
    }
    fn by_ref(&mut self) -> &mut Self where Self: Sized { self }
}

impl<W: Write + ?Sized> Write for &mut W {
    fn write(&mut self, buf: &[u8]) -> Result<usize> { (**self).write(buf) }
    fn flush(&mut self) -> Result<()> { (**self).flush() }
}

impl Write for Vec<u8> {
    fn write(&mut self, buf: &[u8]) -> Result<usize> {
        self.extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> Result<()> { Ok(()) }
}

// ------------------------------------------------------------------ stdout and stderr

/// stdout's LineWriter: a buffer (allocated at first use, 1024 bytes) that is written to fd 1 at each newline.
struct LineWriter {
    buf: Vec<u8>,
}

static mut STDOUT: Option<LineWriter> = None;

fn write_fd_all(fd: i32, mut bytes: &[u8]) {
    while !bytes.is_empty() {
        let n = crate::intrinsics::write_fd(fd, bytes);
        if n <= 0 {
            return;
        }
        bytes = &bytes[n as usize..];
    }
}

impl LineWriter {
    fn flush_buf(&mut self) {
        if !self.buf.is_empty() {
            write_fd_all(1, &self.buf);
            self.buf.clear();
        }
    }

    fn write(&mut self, data: &[u8]) {
        match data.iter().rposition(|b| *b == b'\n') {
            None => {
                if self.buf.len() + data.len() > self.buf.capacity() {
                    self.flush_buf();
                }
                if data.len() >= self.buf.capacity() {
                    write_fd_all(1, data);
                } else {
                    self.buf.extend_from_slice(data);
                }
            }
            Some(i) => {
                let (lines, tail) = data.split_at(i + 1);
                if self.buf.is_empty() {
                    write_fd_all(1, lines);
                } else if self.buf.len() + lines.len() <= self.buf.capacity() {
                    self.buf.extend_from_slice(lines);
                    self.flush_buf();
                } else {
                    self.flush_buf();
                    write_fd_all(1, lines);
                }
                self.buf.extend_from_slice(tail);
            }
        }
    }
}

fn stdout_writer() -> &'static mut LineWriter {
    unsafe {
        let slot = &mut *(&raw mut STDOUT);
        if slot.is_none() {
            *slot = Some(LineWriter { buf: Vec::with_capacity(1024) });
        }
        slot.as_mut().unwrap()
    }
}

/// Writes what is still in stdout's buffer (the runtime calls it when main returns, and exit does).
pub fn cleanup() {
    unsafe {
        let slot = &mut *(&raw mut STDOUT);
        if let Some(w) = slot.as_mut() {
            w.flush_buf();
        }
    }
}

pub struct Stdout {
    _priv: (),
}

pub struct StdoutLock<'a> {
    _marker: crate::marker::PhantomData<&'a ()>,
}

pub fn stdout() -> Stdout { Stdout { _priv: () } }

impl Stdout {
    pub fn lock(&self) -> StdoutLock<'static> { StdoutLock { _marker: crate::marker::PhantomData } }
}

impl Write for Stdout {
    fn write(&mut self, buf: &[u8]) -> Result<usize> {
        stdout_writer().write(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> Result<()> {
        stdout_writer().flush_buf();
        Ok(())
    }
}

impl Write for StdoutLock<'_> {
    fn write(&mut self, buf: &[u8]) -> Result<usize> {
        stdout_writer().write(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> Result<()> {
        stdout_writer().flush_buf();
        Ok(())
    }
}

pub struct Stderr {
    _priv: (),
}

pub fn stderr() -> Stderr { Stderr { _priv: () } }

impl Stderr {
    pub fn lock(&self) -> Stderr { Stderr { _priv: () } }
}

impl Write for Stderr {
    fn write(&mut self, buf: &[u8]) -> Result<usize> {
        write_fd_all(2, buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> Result<()> { Ok(()) }
}

/// print!: the formatted text through stdout's buffer.
pub fn _print(args: fmt::Arguments<'_>) {
    if let Err(e) = stdout().write_fmt(args) {
        panic!("failed printing to stdout: {e}");
    }
}

/// eprint!: straight to fd 2.
pub fn _eprint(args: fmt::Arguments<'_>) {
    if let Err(e) = stderr().write_fmt(args) {
        panic!("failed printing to stderr: {e}");
    }
}

// ------------------------------------------------------------------ stdin

pub trait Read {
    fn read(&mut self, buf: &mut [u8]) -> Result<usize>;
    fn read_to_string(&mut self, buf: &mut String) -> Result<usize> {
        let mut bytes = Vec::new();
        let mut chunk = [0u8; 1024];
        loop {
            let n = self.read(&mut chunk)?;
            if n == 0 {
                break;
            }
            bytes.extend_from_slice(&chunk[..n]);
        }
        match crate::str::from_utf8(&bytes) {
            Ok(s) => {
                buf.push_str(s);
                Ok(s.len())
            }
            Err(_) => Err(Error::const_message(ErrorKind::InvalidData, "stream did not contain valid UTF-8")),
        }
    }
}

pub trait BufRead: Read {
    fn read_line(&mut self, buf: &mut String) -> Result<usize>;
    fn lines(self) -> Lines<Self> where Self: Sized { Lines { buf: self } }
}

pub struct Lines<B> {
    buf: B,
}

impl<B: BufRead> Iterator for Lines<B> {
    type Item = Result<String>;
    fn next(&mut self) -> Option<Result<String>> {
        let mut buf = String::new();
        match self.buf.read_line(&mut buf) {
            Ok(0) => None,
            Ok(_n) => {
                if buf.ends_with('\n') {
                    buf.pop();
                    if buf.ends_with('\r') {
                        buf.pop();
                    }
                }
                Some(Ok(buf))
            }
            Err(e) => Some(Err(e)),
        }
    }
}

pub struct Stdin {
    _priv: (),
}

pub struct StdinLock<'a> {
    _marker: crate::marker::PhantomData<&'a ()>,
}

pub fn stdin() -> Stdin { Stdin { _priv: () } }

impl Stdin {
    pub fn lock(&self) -> StdinLock<'static> { StdinLock { _marker: crate::marker::PhantomData } }
    pub fn read_line(&self, buf: &mut String) -> Result<usize> { self.lock().read_line(buf) }
    pub fn lines(self) -> Lines<StdinLock<'static>> { self.lock().lines() }
}

impl Read for Stdin {
    fn read(&mut self, buf: &mut [u8]) -> Result<usize> { Ok(crate::intrinsics::read_fd(0, buf) as usize) }
}

impl Read for StdinLock<'_> {
    fn read(&mut self, buf: &mut [u8]) -> Result<usize> { Ok(crate::intrinsics::read_fd(0, buf) as usize) }
}

impl BufRead for StdinLock<'_> {
    fn read_line(&mut self, buf: &mut String) -> Result<usize> {
        let mut bytes = Vec::new();
        let mut one = [0u8; 1];
        loop {
            let n = crate::intrinsics::read_fd(0, &mut one);
            if n <= 0 {
                break;
            }
            bytes.push(one[0]);
            if one[0] == b'\n' {
                break;
            }
        }
        let n = bytes.len();
        match String::from_utf8(bytes) {
            Ok(s) => {
                buf.push_str(&s);
                Ok(n)
            }
            Err(_) => Err(Error::const_message(ErrorKind::InvalidData, "stream did not contain valid UTF-8")),
        }
    }
}
