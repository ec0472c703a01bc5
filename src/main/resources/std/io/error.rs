// io::Error as std's bit-packed representation on 64-bit targets: one tagged pointer (8 bytes, a niche for
// Option/Result): a &'static SimpleMessage (tag 0), a Box<Custom> (tag 1), an OS error code in the high
// 32 bits (tag 2) or an ErrorKind in the high 32 bits (tag 3).
use crate::boxed::Box;
use crate::marker::PhantomData;
use crate::ptr::NonNull;
use crate::string::String;
use crate::{error, fmt, result};

pub type Result<T> = result::Result<T, Error>;

pub struct Error {
    repr: Repr,
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { fmt::Debug::fmt(&self.repr, f) }
}

impl Error {
    pub(crate) fn invalid_utf8() -> Self { const_error!(ErrorKind::InvalidData, "stream did not contain valid UTF-8") }
    pub(crate) fn read_exact_eof() -> Self { const_error!(ErrorKind::UnexpectedEof, "failed to fill whole buffer") }
    pub(crate) fn empty_path_not_absolute() -> Self { const_error!(ErrorKind::InvalidInput, "cannot make an empty path absolute") }
    pub(crate) fn nul_in_c_string() -> Self { const_error!(ErrorKind::InvalidInput, "file name contained an unexpected NUL byte") }
    pub(crate) fn write_all_eof() -> Self { const_error!(ErrorKind::WriteZero, "failed to write whole buffer") }
}

impl From<crate::ffi::NulError> for Error {
    fn from(_: crate::ffi::NulError) -> Error { const_error!(ErrorKind::InvalidInput, "data provided contains a nul byte") }
}

impl From<crate::collections::TryReserveError> for Error {
    fn from(_: crate::collections::TryReserveError) -> Error { ErrorKind::OutOfMemory.into() }
}

enum ErrorData<C> {
    Os(RawOsError),
    Simple(ErrorKind),
    SimpleMessage(&'static SimpleMessage),
    Custom(C),
}

pub type RawOsError = i32;

#[repr(align(4))]
#[derive(Debug)]
pub(crate) struct SimpleMessage {
    pub(crate) kind: ErrorKind,
    pub(crate) message: &'static str,
}

#[derive(Debug)]
#[repr(align(4))]
struct Custom {
    kind: ErrorKind,
    error: Box<dyn error::Error + Send + Sync>,
}

#[derive(Clone, Copy, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[non_exhaustive]
pub enum ErrorKind {
    NotFound,
    PermissionDenied,
    ConnectionRefused,
    ConnectionReset,
    HostUnreachable,
    NetworkUnreachable,
    ConnectionAborted,
    NotConnected,
    AddrInUse,
    AddrNotAvailable,
    NetworkDown,
    BrokenPipe,
    AlreadyExists,
    WouldBlock,
    NotADirectory,
    IsADirectory,
    DirectoryNotEmpty,
    ReadOnlyFilesystem,
    /// (unstable in std)
    FilesystemLoop,
    StaleNetworkFileHandle,
    InvalidInput,
    InvalidData,
    TimedOut,
    WriteZero,
    StorageFull,
    NotSeekable,
    QuotaExceeded,
    FileTooLarge,
    ResourceBusy,
    ExecutableFileBusy,
    Deadlock,
    CrossesDevices,
    TooManyLinks,
    InvalidFilename,
    ArgumentListTooLong,
    Interrupted,
    Unsupported,
    UnexpectedEof,
    OutOfMemory,
    /// (unstable in std)
    InProgress,
    Other,
    /// (hidden in std: OS errors of no other kind)
    #[doc(hidden)]
    Uncategorized,
}

impl ErrorKind {
    pub(crate) fn as_str(&self) -> &'static str {
        use ErrorKind::*;
        match *self {
            AddrInUse => "address in use",
            AddrNotAvailable => "address not available",
            AlreadyExists => "entity already exists",
            ArgumentListTooLong => "argument list too long",
            BrokenPipe => "broken pipe",
            ConnectionAborted => "connection aborted",
            ConnectionRefused => "connection refused",
            ConnectionReset => "connection reset",
            CrossesDevices => "cross-device link or rename",
            Deadlock => "deadlock",
            DirectoryNotEmpty => "directory not empty",
            ExecutableFileBusy => "executable file busy",
            FileTooLarge => "file too large",
            FilesystemLoop => "filesystem loop or indirection limit (e.g. symlink loop)",
            HostUnreachable => "host unreachable",
            InProgress => "in progress",
            Interrupted => "operation interrupted",
            InvalidData => "invalid data",
            InvalidFilename => "invalid filename",
            InvalidInput => "invalid input parameter",
            IsADirectory => "is a directory",
            NetworkDown => "network down",
            NetworkUnreachable => "network unreachable",
            NotADirectory => "not a directory",
            NotConnected => "not connected",
            NotFound => "entity not found",
            NotSeekable => "seek on unseekable file",
            Other => "other error",
            OutOfMemory => "out of memory",
            PermissionDenied => "permission denied",
            QuotaExceeded => "quota exceeded",
            ReadOnlyFilesystem => "read-only filesystem or storage medium",
            ResourceBusy => "resource busy",
            StaleNetworkFileHandle => "stale network file handle",
            StorageFull => "no storage space",
            TimedOut => "timed out",
            TooManyLinks => "too many links",
            Uncategorized => "uncategorized error",
            UnexpectedEof => "unexpected end of file",
            Unsupported => "unsupported",
            WouldBlock => "operation would block",
            WriteZero => "write zero",
        }
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, fmt: &mut fmt::Formatter<'_>) -> fmt::Result { fmt.write_str(self.as_str()) }
}

impl From<ErrorKind> for Error {
    fn from(kind: ErrorKind) -> Error { Error { repr: Repr::new_simple(kind) } }
}

impl Error {
    pub fn new<E>(kind: ErrorKind, error: E) -> Error
    where
        E: Into<Box<dyn error::Error + Send + Sync>>,
    {
        Self::_new(kind, error.into())
    }

    pub fn other<E>(error: E) -> Error
    where
        E: Into<Box<dyn error::Error + Send + Sync>>,
    {
        Self::_new(ErrorKind::Other, error.into())
    }

    fn _new(kind: ErrorKind, error: Box<dyn error::Error + Send + Sync>) -> Error {
        Error { repr: Repr::new_custom(Box::new(Custom { kind, error })) }
    }

    pub(crate) const fn from_static_message(msg: &'static SimpleMessage) -> Error {
        Self { repr: Repr::new_simple_message(msg) }
    }

    /// The last OS error (errno): rustmem's process makes no failing system calls, so 0.
    pub fn last_os_error() -> Error { Error::from_raw_os_error(0) }

    pub fn from_raw_os_error(code: RawOsError) -> Error { Error { repr: Repr::new_os(code) } }

    pub fn raw_os_error(&self) -> Option<RawOsError> {
        match self.repr.data() {
            ErrorData::Os(i) => Some(i),
            ErrorData::Custom(..) => None,
            ErrorData::Simple(..) => None,
            ErrorData::SimpleMessage(..) => None,
        }
    }

    pub fn get_ref(&self) -> Option<&(dyn error::Error + Send + Sync + 'static)> {
        match self.repr.data() {
            ErrorData::Os(..) => None,
            ErrorData::Simple(..) => None,
            ErrorData::SimpleMessage(..) => None,
            ErrorData::Custom(c) => Some(&*c.error),
        }
    }

    pub fn get_mut(&mut self) -> Option<&mut (dyn error::Error + Send + Sync + 'static)> {
        match self.repr.data_mut() {
            ErrorData::Os(..) => None,
            ErrorData::Simple(..) => None,
            ErrorData::SimpleMessage(..) => None,
            ErrorData::Custom(c) => Some(&mut *c.error),
        }
    }

    pub fn into_inner(self) -> Option<Box<dyn error::Error + Send + Sync>> {
        match self.repr.into_data() {
            ErrorData::Os(..) => None,
            ErrorData::Simple(..) => None,
            ErrorData::SimpleMessage(..) => None,
            ErrorData::Custom(c) => Some(c.error),
        }
    }

    pub fn downcast<E>(self) -> result::Result<E, Self>
    where
        E: error::Error + Send + Sync + 'static,
    {
        let is_e = match self.repr.data() {
            ErrorData::Custom(c) => c.error.is::<E>(),
            _ => false,
        };
        if is_e {
            match self.repr.into_data() {
                ErrorData::Custom(b) => match b.error.downcast::<E>() {
                    Ok(err) => Ok(*err),
                    Err(_) => unreachable!(),
                },
                _ => unreachable!(),
            }
        } else {
            Err(self)
        }
    }

    pub fn kind(&self) -> ErrorKind {
        match self.repr.data() {
            ErrorData::Os(code) => decode_error_kind(code),
            ErrorData::Custom(c) => c.kind,
            ErrorData::Simple(kind) => kind,
            ErrorData::SimpleMessage(m) => m.kind,
        }
    }

    pub(crate) fn is_interrupted(&self) -> bool {
        match self.repr.data() {
            ErrorData::Os(code) => code == 4,
            ErrorData::Custom(c) => c.kind == ErrorKind::Interrupted,
            ErrorData::Simple(kind) => kind == ErrorKind::Interrupted,
            ErrorData::SimpleMessage(m) => m.kind == ErrorKind::Interrupted,
        }
    }
}

impl fmt::Debug for Repr {
    fn fmt(&self, fmt: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.data() {
            ErrorData::Os(code) => fmt
                .debug_struct("Os")
                .field("code", &code)
                .field("kind", &decode_error_kind(code))
                .field("message", &error_string(code))
                .finish(),
            ErrorData::Custom(c) => fmt::Debug::fmt(&c, fmt),
            ErrorData::Simple(kind) => fmt.debug_tuple("Kind").field(&kind).finish(),
            ErrorData::SimpleMessage(msg) => fmt.debug_struct("Error").field("kind", &msg.kind).field("message", &msg.message).finish(),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, fmt: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.repr.data() {
            ErrorData::Os(code) => {
                let detail = error_string(code);
                write!(fmt, "{detail} (os error {code})")
            }
            ErrorData::Custom(c) => fmt::Display::fmt(&*c.error, fmt),
            ErrorData::Simple(kind) => write!(fmt, "{}", kind.as_str()),
            ErrorData::SimpleMessage(msg) => fmt::Display::fmt(msg.message, fmt),
        }
    }
}

impl error::Error for Error {
    #[allow(deprecated)]
    fn description(&self) -> &str {
        match self.repr.data() {
            ErrorData::Os(..) | ErrorData::Simple(..) => self.kind().as_str(),
            ErrorData::SimpleMessage(msg) => msg.message,
            ErrorData::Custom(c) => c.error.description(),
        }
    }

    #[allow(deprecated)]
    fn cause(&self) -> Option<&dyn error::Error> {
        match self.repr.data() {
            ErrorData::Os(..) => None,
            ErrorData::Simple(..) => None,
            ErrorData::SimpleMessage(..) => None,
            ErrorData::Custom(c) => c.error.cause(),
        }
    }

    fn source(&self) -> Option<&(dyn error::Error + 'static)> {
        match self.repr.data() {
            ErrorData::Os(..) => None,
            ErrorData::Simple(..) => None,
            ErrorData::SimpleMessage(..) => None,
            ErrorData::Custom(c) => c.error.source(),
        }
    }
}

// ---------------------------------------------------------------- the bit-packed representation

const TAG_MASK: usize = 0b11;
const TAG_SIMPLE_MESSAGE: usize = 0b00;
const TAG_CUSTOM: usize = 0b01;
const TAG_OS: usize = 0b10;
const TAG_SIMPLE: usize = 0b11;

#[repr(transparent)]
struct Repr(NonNull<()>, PhantomData<ErrorData<Box<Custom>>>);

unsafe impl Send for Repr {}
unsafe impl Sync for Repr {}

impl Repr {
    fn new_custom(b: Box<Custom>) -> Self {
        let p = Box::into_raw(b) as *const u8;
        let tagged = p.wrapping_add(TAG_CUSTOM) as *mut ();
        Self(unsafe { NonNull::new_unchecked(tagged) }, PhantomData)
    }

    fn new_os(code: RawOsError) -> Self {
        let utagged = ((code as usize) << 32) | TAG_OS;
        Self(unsafe { NonNull::new_unchecked(utagged as *mut ()) }, PhantomData)
    }

    fn new_simple(kind: ErrorKind) -> Self {
        let utagged = ((kind as usize) << 32) | TAG_SIMPLE;
        Self(unsafe { NonNull::new_unchecked(utagged as *mut ()) }, PhantomData)
    }

    const fn new_simple_message(m: &'static SimpleMessage) -> Self {
        Self(unsafe { NonNull::new_unchecked(m as *const SimpleMessage as *mut ()) }, PhantomData)
    }

    fn data(&self) -> ErrorData<&Custom> { unsafe { decode_repr(self.0, |c| &*c) } }

    fn data_mut(&mut self) -> ErrorData<&mut Custom> { unsafe { decode_repr(self.0, |c| &mut *c) } }

    fn into_data(self) -> ErrorData<Box<Custom>> {
        let this = crate::mem::ManuallyDrop::new(self);
        unsafe { decode_repr(this.0, |p| Box::from_raw(p)) }
    }
}

impl Drop for Repr {
    fn drop(&mut self) {
        unsafe {
            let _ = decode_repr(self.0, |p| Box::<Custom>::from_raw(p));
        }
    }
}

unsafe fn decode_repr<C, F>(ptr: NonNull<()>, make_custom: F) -> ErrorData<C>
where
    F: FnOnce(*mut Custom) -> C,
{
    let bits = ptr.as_ptr().addr();
    match bits & TAG_MASK {
        TAG_OS => {
            let code = ((bits as i64) >> 32) as RawOsError;
            ErrorData::Os(code)
        }
        TAG_SIMPLE => {
            let kind_bits = (bits >> 32) as u32;
            match kind_from_prim(kind_bits) {
                Some(kind) => ErrorData::Simple(kind),
                None => unreachable!(),
            }
        }
        TAG_SIMPLE_MESSAGE => unsafe { ErrorData::SimpleMessage(&*(ptr.as_ptr() as *const SimpleMessage)) },
        TAG_CUSTOM => {
            let custom = (ptr.as_ptr() as *const u8).wrapping_sub(TAG_CUSTOM) as *mut Custom;
            ErrorData::Custom(make_custom(custom))
        }
        _ => unreachable!(),
    }
}

fn kind_from_prim(ek: u32) -> Option<ErrorKind> {
    use ErrorKind::*;
    const KINDS: [ErrorKind; 42] = [
        NotFound, PermissionDenied, ConnectionRefused, ConnectionReset, HostUnreachable, NetworkUnreachable,
        ConnectionAborted, NotConnected, AddrInUse, AddrNotAvailable, NetworkDown, BrokenPipe, AlreadyExists,
        WouldBlock, NotADirectory, IsADirectory, DirectoryNotEmpty, ReadOnlyFilesystem, FilesystemLoop,
        StaleNetworkFileHandle, InvalidInput, InvalidData, TimedOut, WriteZero, StorageFull, NotSeekable,
        QuotaExceeded, FileTooLarge, ResourceBusy, ExecutableFileBusy, Deadlock, CrossesDevices, TooManyLinks,
        InvalidFilename, ArgumentListTooLong, Interrupted, Unsupported, UnexpectedEof, OutOfMemory, InProgress,
        Other, Uncategorized,
    ];
    if (ek as usize) < KINDS.len() { Some(KINDS[ek as usize]) } else { None }
}

// ---------------------------------------------------------------- Linux errno values

/// The ErrorKind of a Linux errno (std's sys::io::decode_error_kind).
pub(crate) fn decode_error_kind(errno: i32) -> ErrorKind {
    use ErrorKind::*;
    match errno {
        7 => ArgumentListTooLong,
        98 => AddrInUse,
        99 => AddrNotAvailable,
        16 => ResourceBusy,
        103 => ConnectionAborted,
        111 => ConnectionRefused,
        104 => ConnectionReset,
        35 => Deadlock,
        122 => QuotaExceeded,
        17 => AlreadyExists,
        27 => FileTooLarge,
        113 => HostUnreachable,
        4 => Interrupted,
        22 => InvalidInput,
        21 => IsADirectory,
        40 => FilesystemLoop,
        2 => NotFound,
        12 => OutOfMemory,
        28 => StorageFull,
        38 => Unsupported,
        31 => TooManyLinks,
        36 => InvalidFilename,
        100 => NetworkDown,
        101 => NetworkUnreachable,
        107 => NotConnected,
        20 => NotADirectory,
        39 => DirectoryNotEmpty,
        32 => BrokenPipe,
        30 => ReadOnlyFilesystem,
        29 => NotSeekable,
        116 => StaleNetworkFileHandle,
        110 => TimedOut,
        26 => ExecutableFileBusy,
        18 => CrossesDevices,
        115 => InProgress,
        95 => Unsupported,
        13 | 1 => PermissionDenied,
        11 => WouldBlock,
        _ => Uncategorized,
    }
}

/// glibc's strerror text for an errno (std's sys::io::error_string).
pub(crate) fn error_string(errno: i32) -> String {
    if errno >= 0 && (errno as usize) < ERRNO_MESSAGES.len() && !(errno == 41 || errno == 58) {
        String::from(ERRNO_MESSAGES[errno as usize])
    } else {
        format!("Unknown error {}", errno)
    }
}

const ERRNO_MESSAGES: [&str; 134] = [
    "Success", // 0
    "Operation not permitted", // 1
    "No such file or directory", // 2
    "No such process", // 3
    "Interrupted system call", // 4
    "Input/output error", // 5
    "No such device or address", // 6
    "Argument list too long", // 7
    "Exec format error", // 8
    "Bad file descriptor", // 9
    "No child processes", // 10
    "Resource temporarily unavailable", // 11
    "Cannot allocate memory", // 12
    "Permission denied", // 13
    "Bad address", // 14
    "Block device required", // 15
    "Device or resource busy", // 16
    "File exists", // 17
    "Invalid cross-device link", // 18
    "No such device", // 19
    "Not a directory", // 20
    "Is a directory", // 21
    "Invalid argument", // 22
    "Too many open files in system", // 23
    "Too many open files", // 24
    "Inappropriate ioctl for device", // 25
    "Text file busy", // 26
    "File too large", // 27
    "No space left on device", // 28
    "Illegal seek", // 29
    "Read-only file system", // 30
    "Too many links", // 31
    "Broken pipe", // 32
    "Numerical argument out of domain", // 33
    "Numerical result out of range", // 34
    "Resource deadlock avoided", // 35
    "File name too long", // 36
    "No locks available", // 37
    "Function not implemented", // 38
    "Directory not empty", // 39
    "Too many levels of symbolic links", // 40
    "Unknown error 41", // 41
    "No message of desired type", // 42
    "Identifier removed", // 43
    "Channel number out of range", // 44
    "Level 2 not synchronized", // 45
    "Level 3 halted", // 46
    "Level 3 reset", // 47
    "Link number out of range", // 48
    "Protocol driver not attached", // 49
    "No CSI structure available", // 50
    "Level 2 halted", // 51
    "Invalid exchange", // 52
    "Invalid request descriptor", // 53
    "Exchange full", // 54
    "No anode", // 55
    "Invalid request code", // 56
    "Invalid slot", // 57
    "Unknown error 58", // 58
    "Bad font file format", // 59
    "Device not a stream", // 60
    "No data available", // 61
    "Timer expired", // 62
    "Out of streams resources", // 63
    "Machine is not on the network", // 64
    "Package not installed", // 65
    "Object is remote", // 66
    "Link has been severed", // 67
    "Advertise error", // 68
    "Srmount error", // 69
    "Communication error on send", // 70
    "Protocol error", // 71
    "Multihop attempted", // 72
    "RFS specific error", // 73
    "Bad message", // 74
    "Value too large for defined data type", // 75
    "Name not unique on network", // 76
    "File descriptor in bad state", // 77
    "Remote address changed", // 78
    "Can not access a needed shared library", // 79
    "Accessing a corrupted shared library", // 80
    ".lib section in a.out corrupted", // 81
    "Attempting to link in too many shared libraries", // 82
    "Cannot exec a shared library directly", // 83
    "Invalid or incomplete multibyte or wide character", // 84
    "Interrupted system call should be restarted", // 85
    "Streams pipe error", // 86
    "Too many users", // 87
    "Socket operation on non-socket", // 88
    "Destination address required", // 89
    "Message too long", // 90
    "Protocol wrong type for socket", // 91
    "Protocol not available", // 92
    "Protocol not supported", // 93
    "Socket type not supported", // 94
    "Operation not supported", // 95
    "Protocol family not supported", // 96
    "Address family not supported by protocol", // 97
    "Address already in use", // 98
    "Cannot assign requested address", // 99
    "Network is down", // 100
    "Network is unreachable", // 101
    "Network dropped connection on reset", // 102
    "Software caused connection abort", // 103
    "Connection reset by peer", // 104
    "No buffer space available", // 105
    "Transport endpoint is already connected", // 106
    "Transport endpoint is not connected", // 107
    "Cannot send after transport endpoint shutdown", // 108
    "Too many references: cannot splice", // 109
    "Connection timed out", // 110
    "Connection refused", // 111
    "Host is down", // 112
    "No route to host", // 113
    "Operation already in progress", // 114
    "Operation now in progress", // 115
    "Stale file handle", // 116
    "Structure needs cleaning", // 117
    "Not a XENIX named type file", // 118
    "No XENIX semaphores available", // 119
    "Is a named type file", // 120
    "Remote I/O error", // 121
    "Disk quota exceeded", // 122
    "No medium found", // 123
    "Wrong medium type", // 124
    "Operation canceled", // 125
    "Required key not available", // 126
    "Key has expired", // 127
    "Key has been revoked", // 128
    "Key was rejected by service", // 129
    "Owner died", // 130
    "State not recoverable", // 131
    "Operation not possible due to RF-kill", // 132
    "Memory page has hardware error", // 133
];
