// std::env: the program's arguments (the env_arg intrinsic, index 0 the program name), environment
// variables (the env_var intrinsic; set_var/remove_var record changes in this process's own table, which
// vars() lists), the current directory (the PWD the program was started with, else "/"; set_current_dir
// changes it without a filesystem to check), PATH-style lists and the target's consts.
use crate::cell::UnsafeCell;
use crate::error::Error;
use crate::ffi::{OsStr, OsString};
use crate::path::{Path, PathBuf};
use crate::string::String;
use crate::vec::{self, Vec};
use crate::{fmt, io};

/// A process-wide table (rustmem runs one thread at a time; std uses the C library's environ and a lock).
struct Global<T>(UnsafeCell<T>);

unsafe impl<T> Sync for Global<T> {}

impl<T> Global<T> {
    fn get(&self) -> &mut T { unsafe { &mut *self.0.get() } }
}

/// Variables set (Some) or removed (None) by the program, in the order first changed.
static ENV_CHANGES: Global<Vec<(OsString, Option<OsString>)>> = Global(UnsafeCell::new(Vec::new()));

/// The current directory once set_current_dir has changed it.
static CURRENT_DIR: Global<Option<PathBuf>> = Global(UnsafeCell::new(None));

fn os_string_from_bytes(bytes: &[u8]) -> OsString { unsafe { OsString::from_encoded_bytes_unchecked(bytes.to_vec()) } }

/// The current working directory.
pub fn current_dir() -> io::Result<PathBuf> {
    if let Some(dir) = CURRENT_DIR.get() {
        return Ok(dir.clone());
    }
    let cwd: &[u8] = match crate::intrinsics::env_var("PWD") {
        Some(p) if p.starts_with('/') => p.as_bytes(),
        _ => b"/",
    };
    // std's getcwd: a 512-byte buffer filled by the system call, then shrunk to the path
    let mut buf: Vec<u8> = Vec::with_capacity(512);
    if buf.capacity() < cwd.len() {
        buf.reserve(cwd.len());
    }
    buf.extend_from_slice(cwd);
    buf.shrink_to_fit();
    Ok(PathBuf::from(unsafe { OsString::from_encoded_bytes_unchecked(buf) }))
}

/// Changes the current working directory (relative paths are taken from the current one).
pub fn set_current_dir<P: AsRef<Path>>(path: P) -> io::Result<()> {
    let path = path.as_ref();
    if path.as_os_str().is_empty() {
        return Err(io::Error::from_raw_os_error(2));
    }
    let new = if path.is_absolute() { path.to_path_buf() } else { current_dir()?.join(path) };
    *CURRENT_DIR.get() = Some(new);
    Ok(())
}

/// An iterator over the environment's (key, value) pairs as Strings (env::vars).
pub struct Vars {
    inner: VarsOs,
}

/// An iterator over the environment's (key, value) pairs as OsStrings (env::vars_os).
pub struct VarsOs {
    inner: vec::IntoIter<(OsString, OsString)>,
}

impl !Send for VarsOs {}
impl !Sync for VarsOs {}

/// The environment variables: rustmem lists those the program has set (the environment it was started
/// with cannot be enumerated).
pub fn vars() -> Vars { Vars { inner: vars_os() } }

pub fn vars_os() -> VarsOs {
    let mut result = Vec::new();
    for (k, v) in ENV_CHANGES.get().iter() {
        if let Some(v) = v {
            result.push((k.clone(), v.clone()));
        }
    }
    VarsOs { inner: result.into_iter() }
}

impl Iterator for Vars {
    type Item = (String, String);
    fn next(&mut self) -> Option<(String, String)> { self.inner.next().map(|(a, b)| (a.into_string().unwrap(), b.into_string().unwrap())) }
    fn size_hint(&self) -> (usize, Option<usize>) { self.inner.size_hint() }
}

impl fmt::Debug for Vars {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.debug_struct("Vars").field("inner", &self.inner.inner.as_slice()).finish() }
}

impl Iterator for VarsOs {
    type Item = (OsString, OsString);
    fn next(&mut self) -> Option<(OsString, OsString)> { self.inner.next() }
    fn size_hint(&self) -> (usize, Option<usize>) { self.inner.size_hint() }
}

impl fmt::Debug for VarsOs {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.debug_struct("VarsOs").field("inner", &self.inner.as_slice()).finish() }
}

/// The value of an environment variable as a String.
pub fn var<K: AsRef<OsStr>>(key: K) -> Result<String, VarError> { _var(key.as_ref()) }

fn _var(key: &OsStr) -> Result<String, VarError> {
    match var_os(key) {
        Some(s) => s.into_string().map_err(VarError::NotUnicode),
        None => Err(VarError::NotPresent),
    }
}

/// The value of an environment variable.
pub fn var_os<K: AsRef<OsStr>>(key: K) -> Option<OsString> { _var_os(key.as_ref()) }

fn _var_os(key: &OsStr) -> Option<OsString> {
    let bytes = key.as_encoded_bytes();
    // a key with a nul byte can't be set, so its value is always None
    if bytes.contains(&0) {
        return None;
    }
    for (k, v) in ENV_CHANGES.get().iter() {
        if k.as_encoded_bytes() == bytes {
            return v.clone();
        }
    }
    let key = crate::str::from_utf8(bytes).ok()?;
    crate::intrinsics::env_var(key).map(|v| os_string_from_bytes(v.as_bytes()))
}

/// An iterator over the paths of a PATH-style variable (env::split_paths).
pub struct SplitPaths<'a> {
    inner: crate::slice::Split<'a, u8, fn(&u8) -> bool>,
}

fn is_path_separator(b: &u8) -> bool { *b == b':' }

/// Splits a PATH-style string at ':' (an empty part is an empty path).
pub fn split_paths<T: AsRef<OsStr> + ?Sized>(unparsed: &T) -> SplitPaths<'_> {
    let f: fn(&u8) -> bool = is_path_separator;
    SplitPaths { inner: unparsed.as_ref().as_encoded_bytes().split(f) }
}

impl<'a> Iterator for SplitPaths<'a> {
    type Item = PathBuf;
    fn next(&mut self) -> Option<PathBuf> { self.inner.next().map(|part| PathBuf::from(OsStr::from_bytes(part))) }
    fn size_hint(&self) -> (usize, Option<usize>) { self.inner.size_hint() }
}

impl fmt::Debug for SplitPaths<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.debug_struct("SplitPaths").finish_non_exhaustive() }
}

/// env::join_paths found a path containing the separator.
#[derive(Debug)]
pub struct JoinPathsError {
    inner: os_imp::JoinPathsError,
}

mod os_imp {
    #[derive(Debug)]
    pub(super) struct JoinPathsError;
}

/// Joins paths into a PATH-style string with ':'.
pub fn join_paths<I, T>(paths: I) -> Result<OsString, JoinPathsError>
where
    I: IntoIterator<Item = T>,
    T: AsRef<OsStr>,
{
    let mut joined = Vec::new();
    for (i, path) in paths.into_iter().enumerate() {
        let path = path.as_ref().as_encoded_bytes();
        if i > 0 {
            joined.push(b':')
        }
        if path.contains(&b':') {
            return Err(JoinPathsError { inner: os_imp::JoinPathsError });
        }
        joined.extend_from_slice(path);
    }
    Ok(unsafe { OsString::from_encoded_bytes_unchecked(joined) })
}

impl fmt::Display for JoinPathsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { write!(f, "path segment contains separator `{}`", ':') }
}

impl Error for JoinPathsError {
    #[allow(deprecated)]
    fn description(&self) -> &str { "failed to join paths" }
}

/// The user's home directory: $HOME when set and not empty (the password database is not consulted).
pub fn home_dir() -> Option<PathBuf> { var_os("HOME").filter(|s| !s.is_empty()).map(PathBuf::from) }

/// The directory for temporary files: $TMPDIR, else /tmp.
pub fn temp_dir() -> PathBuf {
    match var_os("TMPDIR") {
        Some(dir) => PathBuf::from(dir),
        None => PathBuf::from("/tmp"),
    }
}

/// The path of the running program: its name (argument 0), made absolute.
pub fn current_exe() -> io::Result<PathBuf> {
    let name = match crate::intrinsics::env_arg(0) {
        Some(n) => n,
        None => return Err(io::Error::from_raw_os_error(2)),
    };
    let p = Path::new(name);
    if p.is_absolute() { Ok(p.to_path_buf()) } else { Ok(current_dir()?.join(p)) }
}

/// The program's arguments as Strings (env::args; panics on one that is not UTF-8).
pub struct Args {
    inner: ArgsOs,
}

/// The program's arguments as OsStrings (env::args_os).
pub struct ArgsOs {
    inner: vec::IntoIter<OsString>,
}

impl !Send for Args {}
impl !Sync for Args {}
impl !Send for ArgsOs {}
impl !Sync for ArgsOs {}

pub fn args() -> Args { Args { inner: args_os() } }

pub fn args_os() -> ArgsOs {
    let mut argc = 0;
    while crate::intrinsics::env_arg(argc).is_some() {
        argc += 1;
    }
    let mut vec = Vec::with_capacity(argc);
    for i in 0..argc {
        if let Some(a) = crate::intrinsics::env_arg(i) {
            vec.push(os_string_from_bytes(a.as_bytes()));
        }
    }
    ArgsOs { inner: vec.into_iter() }
}

impl Iterator for Args {
    type Item = String;
    fn next(&mut self) -> Option<String> { self.inner.next().map(|s| s.into_string().unwrap()) }
    fn size_hint(&self) -> (usize, Option<usize>) { self.inner.size_hint() }
}

impl ExactSizeIterator for Args {
    fn len(&self) -> usize { self.inner.len() }
}

impl DoubleEndedIterator for Args {
    fn next_back(&mut self) -> Option<String> { self.inner.next_back().map(|s| s.into_string().unwrap()) }
}

impl fmt::Debug for Args {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.debug_struct("Args").field("inner", &self.inner.inner.as_slice()).finish() }
}

impl Iterator for ArgsOs {
    type Item = OsString;
    fn next(&mut self) -> Option<OsString> { self.inner.next() }
    fn size_hint(&self) -> (usize, Option<usize>) { self.inner.size_hint() }
    fn count(self) -> usize { self.inner.len() }
    fn last(self) -> Option<OsString> { self.inner.last() }
}

impl ExactSizeIterator for ArgsOs {
    fn len(&self) -> usize { self.inner.len() }
}

impl DoubleEndedIterator for ArgsOs {
    fn next_back(&mut self) -> Option<OsString> { self.inner.next_back() }
}

impl fmt::Debug for ArgsOs {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.debug_struct("ArgsOs").field("inner", &self.inner.as_slice()).finish() }
}

/// The target's constants (x86_64 Linux).
pub mod consts {
    pub const ARCH: &str = "x86_64";
    pub const FAMILY: &str = "unix";
    pub const OS: &str = "linux";
    pub const DLL_PREFIX: &str = "lib";
    pub const DLL_SUFFIX: &str = ".so";
    pub const DLL_EXTENSION: &str = "so";
    pub const EXE_SUFFIX: &str = "";
    pub const EXE_EXTENSION: &str = "";
}

// (set_var and remove_var sit where std has them, so that their panics report std's locations:
// env.rs:361:9 and env.rs:432:29; keep the line counts above them unchanged.)
//
//
//
//
//
//
//
//
//
//
//
//
//
//
//
//
//
//
//
//
//
//
//
//
//
//
//
//
//
//
//
//
//
//
//
//
//
//
//
//
//
//
//
//
//
//
//
//
//
//
//
//
//

/// Sets an environment variable of this process (panics, as std, when the key is empty or contains '='
/// or a nul byte, or the value contains a nul byte).
#[rustc_deprecated_safe_2024] pub unsafe fn set_var<K: AsRef<OsStr>, V: AsRef<OsStr>>(key: K, value: V) {
    let (key, value) = (key.as_ref(), value.as_ref());
    check_env_key(key, Some(value)).unwrap_or_else(|e| {
        panic!("failed to set environment variable `{key:?}` to `{value:?}`: {e}")
    });
    record_change(key, Some(value));
}

/// Why env::var failed.
#[derive(Debug, PartialEq, Eq, Clone)]
pub enum VarError {
    NotPresent,
    NotUnicode(OsString),
}

impl fmt::Display for VarError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            VarError::NotPresent => write!(f, "environment variable not found"),
            VarError::NotUnicode(ref s) => write!(f, "environment variable was not valid unicode: {:?}", s),
        }
    }
}

impl Error for VarError {
    #[allow(deprecated)]
    fn description(&self) -> &str {
        match *self {
            VarError::NotPresent => "environment variable not found",
            VarError::NotUnicode(..) => "environment variable was not valid unicode",
        }
    }
}

fn record_change(key: &OsStr, value: Option<&OsStr>) {
    let changes = ENV_CHANGES.get();
    for (k, v) in changes.iter_mut() {
        if k.as_os_str() == key {
            *v = value.map(|v| v.to_os_string());
            return;
        }
    }
    changes.push((key.to_os_string(), value.map(|v| v.to_os_string())));
}

/// The error setenv/unsetenv give: a nul byte can't be passed to C, an empty key or one with '=' is EINVAL.
fn check_env_key(key: &OsStr, value: Option<&OsStr>) -> io::Result<()> {
    let kb = key.as_encoded_bytes();
    if kb.contains(&0) || value.map_or(false, |v| v.as_encoded_bytes().contains(&0)) {
        return Err(io::Error::nul_in_c_string());
    }
    if kb.is_empty() || kb.contains(&b'=') {
        return Err(io::Error::from_raw_os_error(22));
    }
    Ok(())
}

// (padding: see the note above set_var)
//
//
//
//
//
//
//
//
//
//
//

/// Removes an environment variable of this process (panics as set_var does for a bad key).
#[rustc_deprecated_safe_2024] pub unsafe fn remove_var<K: AsRef<OsStr>>(key: K) {
    let key = key.as_ref();
    check_env_key(key, None)
        .unwrap_or_else(|e| panic!("failed to remove environment variable `{key:?}`: {e}"));
    record_change(key, None);
}
