// std::path with std's Unix semantics: Path (an OsStr) and PathBuf (an OsString), parsed lazily into
// Components (RootDir, CurDir, ParentDir, Normal; no prefixes on Unix); equality, ordering and hashing are
// by components. Paths name nothing here: rustmem's process has no filesystem, so the methods that ask the
// filesystem (exists, metadata, read_dir ...) are not provided.
use crate::borrow::{Borrow, Cow, ToOwned};
use crate::boxed::Box;
use crate::collections::TryReserveError;
use crate::error::Error;
use crate::ffi::{os_str, OsStr, OsString};
use crate::hash::{Hash, Hasher};
use crate::iter::FusedIterator;
use crate::ops::{self, Deref};
use crate::rc::Rc;
use crate::str::FromStr;
use crate::string::String;
use crate::vec::Vec;
use crate::{cmp, fmt, io};

/// Windows path prefixes (never produced on Unix).
#[derive(Copy, Clone, Debug, Hash, PartialOrd, Ord, PartialEq, Eq)]
pub enum Prefix<'a> {
    Verbatim(&'a OsStr),
    VerbatimUNC(&'a OsStr, &'a OsStr),
    VerbatimDisk(u8),
    DeviceNS(&'a OsStr),
    UNC(&'a OsStr, &'a OsStr),
    Disk(u8),
}

impl<'a> Prefix<'a> {
    fn len(&self) -> usize {
        use self::Prefix::*;
        fn os_str_len(s: &OsStr) -> usize { s.as_encoded_bytes().len() }
        match *self {
            Verbatim(x) => 4 + os_str_len(x),
            VerbatimUNC(x, y) => 8 + os_str_len(x) + if os_str_len(y) > 0 { 1 + os_str_len(y) } else { 0 },
            VerbatimDisk(_) => 6,
            UNC(x, y) => 2 + os_str_len(x) + if os_str_len(y) > 0 { 1 + os_str_len(y) } else { 0 },
            DeviceNS(x) => 4 + os_str_len(x),
            Disk(_) => 2,
        }
    }

    pub fn is_verbatim(&self) -> bool {
        use self::Prefix::*;
        matches!(*self, Verbatim(_) | VerbatimDisk(_) | VerbatimUNC(..))
    }

    fn is_drive(&self) -> bool { matches!(*self, Prefix::Disk(_)) }
}

fn is_sep_byte(b: u8) -> bool { b == b'/' }

/// Whether c is a path separator ('/' on Unix).
pub fn is_separator(c: char) -> bool { c.is_ascii() && is_sep_byte(c as u8) }

pub const MAIN_SEPARATOR: char = '/';

pub const MAIN_SEPARATOR_STR: &str = "/";

const MAIN_SEP_STR: &str = "/";

// Iterate through `iter` while it matches `prefix`; return `None` if `prefix` is not a prefix of `iter`,
// otherwise return `Some(iter_after_prefix)` giving `iter` after having exhausted `prefix`.
fn iter_after<'a, 'b, I, J>(mut iter: I, mut prefix: J) -> Option<I>
where
    I: Iterator<Item = Component<'a>> + Clone,
    J: Iterator<Item = Component<'b>>,
{
    loop {
        let mut iter_next = iter.clone();
        match (iter_next.next(), prefix.next()) {
            (Some(ref x), Some(ref y)) if x == y => (),
            (Some(_), Some(_)) => return None,
            (Some(_), None) => return Some(iter),
            (None, None) => return Some(iter),
            (None, Some(_)) => return None,
        }
        iter = iter_next;
    }
}

fn has_physical_root(s: &[u8]) -> bool { !s.is_empty() && is_sep_byte(s[0]) }

// basic workhorse for splitting stem and extension
fn rsplit_file_at_dot(file: &OsStr) -> (Option<&OsStr>, Option<&OsStr>) {
    let bytes = file.as_encoded_bytes();
    if bytes == b".." {
        return (Some(file), None);
    }
    // rsplitn(2, '.'): after the last dot, and before it if there is one
    match bytes.iter().rposition(|b| *b == b'.') {
        None => (None, Some(file)),
        Some(0) => (Some(file), None),
        Some(i) => (Some(OsStr::from_bytes(&bytes[..i])), Some(OsStr::from_bytes(&bytes[i + 1..]))),
    }
}

fn split_file_at_dot(file: &OsStr) -> (&OsStr, Option<&OsStr>) {
    let slice = file.as_encoded_bytes();
    if slice == b".." {
        return (file, None);
    }
    // The unsafety here stems from converting between &OsStr and &[u8] and back. This is safe to do because
    // (1) we only look at ASCII contents of the encoding and (2) new &OsStr values are produced only from
    // ASCII-bounded slices of existing &OsStr values.
    let i = match slice[1..].iter().position(|b| *b == b'.') {
        Some(i) => i + 1,
        None => return (file, None),
    };
    let before = &slice[..i];
    let after = &slice[i + 1..];
    (OsStr::from_bytes(before), Some(OsStr::from_bytes(after)))
}

/// Component parsing works by a double-ended state machine; the cursors at the front and back of the path
/// each keep track of what parts of the path have been consumed so far.
#[derive(Copy, Clone, PartialEq, PartialOrd, Debug)]
enum State {
    Prefix = 0,
    StartDir = 1,
    Body = 2,
    Done = 3,
}

/// A Windows path prefix with its raw text (never produced on Unix).
#[derive(Copy, Clone, Eq, Debug)]
pub struct PrefixComponent<'a> {
    raw: &'a OsStr,
    parsed: Prefix<'a>,
}

impl<'a> PrefixComponent<'a> {
    pub fn kind(&self) -> Prefix<'a> { self.parsed }
    pub fn as_os_str(&self) -> &'a OsStr { self.raw }
}

impl<'a> PartialEq for PrefixComponent<'a> {
    fn eq(&self, other: &PrefixComponent<'a>) -> bool { self.parsed == other.parsed }
}

impl<'a> PartialOrd for PrefixComponent<'a> {
    fn partial_cmp(&self, other: &PrefixComponent<'a>) -> Option<cmp::Ordering> { PartialOrd::partial_cmp(&self.parsed, &other.parsed) }
}

impl Ord for PrefixComponent<'_> {
    fn cmp(&self, other: &Self) -> cmp::Ordering { Ord::cmp(&self.parsed, &other.parsed) }
}

impl Hash for PrefixComponent<'_> {
    fn hash<H: Hasher>(&self, h: &mut H) { self.parsed.hash(h); }
}

/// A single component of a path.
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub enum Component<'a> {
    Prefix(PrefixComponent<'a>),
    RootDir,
    CurDir,
    ParentDir,
    Normal(&'a OsStr),
}

impl<'a> Component<'a> {
    pub fn as_os_str(self) -> &'a OsStr {
        match self {
            Component::Prefix(p) => p.as_os_str(),
            Component::RootDir => OsStr::new(MAIN_SEP_STR),
            Component::CurDir => OsStr::new("."),
            Component::ParentDir => OsStr::new(".."),
            Component::Normal(path) => path,
        }
    }
}

impl AsRef<OsStr> for Component<'_> {
    fn as_ref(&self) -> &OsStr { self.as_os_str() }
}

impl AsRef<Path> for Component<'_> {
    fn as_ref(&self) -> &Path { self.as_os_str().as_ref() }
}

/// An iterator over the Components of a Path (Path::components).
#[derive(Clone)]
pub struct Components<'a> {
    // The path left to parse components from
    path: &'a [u8],
    // The prefix as it was originally parsed, if any
    prefix: Option<Prefix<'a>>,
    // true if path *physically* has a root separator
    has_physical_root: bool,
    // The iterator is double-ended, and these two states keep track of what has been produced from either end
    front: State,
    back: State,
}

/// An iterator over the Components of a Path, as OsStr slices (Path::iter).
#[derive(Clone)]
pub struct Iter<'a> {
    inner: Components<'a>,
}

impl fmt::Debug for Components<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        struct DebugHelper<'a>(&'a Path);

        impl fmt::Debug for DebugHelper<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.debug_list().entries(self.0.components()).finish() }
        }

        f.debug_tuple("Components").field(&DebugHelper(self.as_path())).finish()
    }
}

impl<'a> Components<'a> {
    // how long is the prefix, if any?
    fn prefix_len(&self) -> usize { 0 }

    fn prefix_verbatim(&self) -> bool { false }

    /// how much of the prefix is left from the point of view of iteration?
    fn prefix_remaining(&self) -> usize { 0 }

    // Given the iteration so far, how much of the pre-State::Body path is left?
    fn len_before_body(&self) -> usize {
        let root = if self.front <= State::StartDir && self.has_physical_root { 1 } else { 0 };
        let cur_dir = if self.front <= State::StartDir && self.include_cur_dir() { 1 } else { 0 };
        self.prefix_remaining() + root + cur_dir
    }

    // is the iteration complete?
    fn finished(&self) -> bool { self.front == State::Done || self.back == State::Done || self.front > self.back }

    fn is_sep_byte(&self, b: u8) -> bool { is_sep_byte(b) }

    /// Extracts a slice corresponding to the portion of the path remaining for iteration.
    pub fn as_path(&self) -> &'a Path {
        let mut comps = self.clone();
        if comps.front == State::Body {
            comps.trim_left();
        }
        if comps.back == State::Body {
            comps.trim_right();
        }
        Path::from_u8_slice(comps.path)
    }

    /// Is the *original* path rooted?
    fn has_root(&self) -> bool { self.has_physical_root }

    /// Should the normalized path include a leading . ?
    fn include_cur_dir(&self) -> bool {
        if self.has_root() {
            return false;
        }
        let slice = &self.path[self.prefix_remaining()..];
        match slice {
            [b'.'] => true,
            [b'.', b, ..] => self.is_sep_byte(*b),
            _ => false,
        }
    }

    // parse a given byte sequence following the OsStr encoding into the corresponding path component
    fn parse_single_component<'b>(&self, comp: &'b [u8]) -> Option<Component<'b>> {
        // . components are normalized away, except at the beginning of a path, which is treated
        // separately via `include_cur_dir`
        if comp == b"." || comp.is_empty() {
            None
        } else if comp == b".." {
            Some(Component::ParentDir)
        } else {
            Some(Component::Normal(OsStr::from_bytes(comp)))
        }
    }

    // parse a component from the left, saying how many bytes to consume from the remaining path
    fn parse_next_component(&self) -> (usize, Option<Component<'a>>) {
        let (extra, comp) = match self.path.iter().position(|b| self.is_sep_byte(*b)) {
            None => (0, self.path),
            Some(i) => (1, &self.path[..i]),
        };
        (comp.len() + extra, self.parse_single_component(comp))
    }

    // parse a component from the right, saying how many bytes to consume from the remaining path
    fn parse_next_component_back(&self) -> (usize, Option<Component<'a>>) {
        let start = self.len_before_body();
        let (extra, comp) = match self.path[start..].iter().rposition(|b| self.is_sep_byte(*b)) {
            None => (0, &self.path[start..]),
            Some(i) => (1, &self.path[start + i + 1..]),
        };
        (comp.len() + extra, self.parse_single_component(comp))
    }

    // trim away repeated separators (i.e., empty components) on the left
    fn trim_left(&mut self) {
        while !self.path.is_empty() {
            let (size, comp) = self.parse_next_component();
            if comp.is_some() {
                return;
            } else {
                self.path = &self.path[size..];
            }
        }
    }

    // trim away repeated separators (i.e., empty components) on the right
    fn trim_right(&mut self) {
        while self.path.len() > self.len_before_body() {
            let (size, comp) = self.parse_next_component_back();
            if comp.is_some() {
                return;
            } else {
                self.path = &self.path[..self.path.len() - size];
            }
        }
    }
}

impl AsRef<Path> for Components<'_> {
    fn as_ref(&self) -> &Path { self.as_path() }
}

impl AsRef<OsStr> for Components<'_> {
    fn as_ref(&self) -> &OsStr { self.as_path().as_os_str() }
}

impl fmt::Debug for Iter<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        struct DebugHelper<'a>(&'a Path);

        impl fmt::Debug for DebugHelper<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.debug_list().entries(self.0.iter()).finish() }
        }

        f.debug_tuple("Iter").field(&DebugHelper(self.as_path())).finish()
    }
}

impl<'a> Iter<'a> {
    pub fn as_path(&self) -> &'a Path { self.inner.as_path() }
}

impl AsRef<Path> for Iter<'_> {
    fn as_ref(&self) -> &Path { self.as_path() }
}

impl AsRef<OsStr> for Iter<'_> {
    fn as_ref(&self) -> &OsStr { self.as_path().as_os_str() }
}

impl<'a> Iterator for Iter<'a> {
    type Item = &'a OsStr;
    fn next(&mut self) -> Option<&'a OsStr> { self.inner.next().map(Component::as_os_str) }
}

impl<'a> DoubleEndedIterator for Iter<'a> {
    fn next_back(&mut self) -> Option<&'a OsStr> { self.inner.next_back().map(Component::as_os_str) }
}

impl FusedIterator for Iter<'_> {}

// validate_extension sits here so that its panic reports the line std's own panic has (path.rs:374:13):
// set_extension, add_extension and with_extension panic with this message and location when the new
// extension contains a '/'. Keep the line count above this function unchanged (or move it to keep the
// panic! on line 374).

/// Panics when the extension contains a separator (std's validate_extension).
fn validate_extension(extension: &OsStr) {
    for &b in extension.as_encoded_bytes() {
        if is_sep_byte(b) {
            panic!("extension cannot contain path separators: {extension:?}");
        }
    }
}

impl<'a> Iterator for Components<'a> {
    type Item = Component<'a>;

    fn next(&mut self) -> Option<Component<'a>> {
        while !self.finished() {
            match self.front {
                State::Body if !self.path.is_empty() => {
                    let (size, comp) = self.parse_next_component();
                    self.path = &self.path[size..];
                    if comp.is_some() {
                        return comp;
                    }
                }
                State::Body => {
                    self.front = State::Done;
                }
                State::StartDir => {
                    self.front = State::Body;
                    if self.has_physical_root {
                        self.path = &self.path[1..];
                        return Some(Component::RootDir);
                    } else if self.include_cur_dir() {
                        self.path = &self.path[1..];
                        return Some(Component::CurDir);
                    }
                }
                _ => unreachable!(),
            }
        }
        None
    }
}

impl<'a> DoubleEndedIterator for Components<'a> {
    fn next_back(&mut self) -> Option<Component<'a>> {
        while !self.finished() {
            match self.back {
                State::Body if self.path.len() > self.len_before_body() => {
                    let (size, comp) = self.parse_next_component_back();
                    self.path = &self.path[..self.path.len() - size];
                    if comp.is_some() {
                        return comp;
                    }
                }
                State::Body => {
                    self.back = State::StartDir;
                }
                State::StartDir => {
                    self.back = State::Done;
                    if self.has_physical_root {
                        self.path = &self.path[..self.path.len() - 1];
                        return Some(Component::RootDir);
                    } else if self.include_cur_dir() {
                        self.path = &self.path[..self.path.len() - 1];
                        return Some(Component::CurDir);
                    }
                }
                _ => unreachable!(),
            }
        }
        None
    }
}

impl FusedIterator for Components<'_> {}

impl<'a> PartialEq for Components<'a> {
    fn eq(&self, other: &Components<'a>) -> bool {
        // Fast path for exact matches, e.g. for hashmap lookups.
        if self.path.len() == other.path.len()
            && self.front == other.front
            && self.back == State::Body
            && other.back == State::Body
            && self.prefix_verbatim() == other.prefix_verbatim()
        {
            if self.path == other.path {
                return true;
            }
        }
        // compare back to front since absolute paths often share long prefixes
        Iterator::eq(self.clone().rev(), other.clone().rev())
    }
}

impl Eq for Components<'_> {}

impl<'a> PartialOrd for Components<'a> {
    fn partial_cmp(&self, other: &Components<'a>) -> Option<cmp::Ordering> { Some(compare_components(self.clone(), other.clone())) }
}

impl Ord for Components<'_> {
    fn cmp(&self, other: &Self) -> cmp::Ordering { compare_components(self.clone(), other.clone()) }
}

fn compare_components(mut left: Components<'_>, mut right: Components<'_>) -> cmp::Ordering {
    // Fast path for long shared prefixes: compare raw bytes to find first mismatch, then compare
    // components from the start of the mismatched one.
    if left.prefix.is_none() && right.prefix.is_none() && left.front == right.front {
        let first_difference = match left.path.iter().zip(right.path).position(|(&a, &b)| a != b) {
            None if left.path.len() == right.path.len() => return cmp::Ordering::Equal,
            None => cmp::min(left.path.len(), right.path.len()),
            Some(diff) => diff,
        };
        if let Some(previous_sep) = left.path[..first_difference].iter().rposition(|&b| left.is_sep_byte(b)) {
            let mismatched_component_start = previous_sep + 1;
            left.path = &left.path[mismatched_component_start..];
            left.front = State::Body;
            right.path = &right.path[mismatched_component_start..];
            right.front = State::Body;
        }
    }
    Iterator::cmp(left, right)
}

/// An iterator over a path and its ancestors (Path::ancestors).
#[derive(Copy, Clone, Debug)]
pub struct Ancestors<'a> {
    next: Option<&'a Path>,
}

impl<'a> Iterator for Ancestors<'a> {
    type Item = &'a Path;

    fn next(&mut self) -> Option<Self::Item> {
        let next = self.next;
        self.next = next.and_then(Path::parent);
        next
    }
}

impl FusedIterator for Ancestors<'_> {}

/// An owned, mutable path (an OsString).
pub struct PathBuf {
    inner: OsString,
}

impl PathBuf {
    pub const fn new() -> PathBuf { PathBuf { inner: OsString::new() } }

    pub fn with_capacity(capacity: usize) -> PathBuf { PathBuf { inner: OsString::with_capacity(capacity) } }

    pub fn as_path(&self) -> &Path { self }

    pub fn leak<'a>(self) -> &'a mut Path { Path::from_inner_mut(self.inner.leak()) }

    /// Extends self with path: an absolute path replaces the current one, a relative one is appended after
    /// a separator (added if self does not end with one).
    pub fn push<P: AsRef<Path>>(&mut self, path: P) { self._push(path.as_ref()) }

    fn _push(&mut self, path: &Path) {
        // in general, a separator is needed if the rightmost byte is not a separator
        let buf = self.inner.as_encoded_bytes();
        let need_sep = match buf.last() {
            Some(c) => !is_sep_byte(*c),
            None => false,
        };
        // absolute `path` replaces `self`
        if path.is_absolute() {
            self.inner.truncate(0);
        } else if path.has_root() {
            // `path` has a root but no prefix, e.g., `\windows` (Windows only)
            self.inner.truncate(0);
        } else if need_sep {
            // `path` is a pure relative path
            self.inner.push(MAIN_SEP_STR);
        }
        self.inner.push(path);
    }

    /// Truncates self to its parent: false (and no change) when there is no parent.
    pub fn pop(&mut self) -> bool {
        match self.parent().map(|p| p.as_u8_slice().len()) {
            Some(len) => {
                self.inner.truncate(len);
                true
            }
            None => false,
        }
    }

    pub fn set_file_name<S: AsRef<OsStr>>(&mut self, file_name: S) { self._set_file_name(file_name.as_ref()) }

    fn _set_file_name(&mut self, file_name: &OsStr) {
        if self.file_name().is_some() {
            let popped = self.pop();
            debug_assert!(popped);
        }
        self.push(file_name);
    }

    /// Replaces the extension (removes it when extension is empty); false when there is no file name.
    pub fn set_extension<S: AsRef<OsStr>>(&mut self, extension: S) -> bool { self._set_extension(extension.as_ref()) }

    fn _set_extension(&mut self, extension: &OsStr) -> bool {
        validate_extension(extension);
        let file_stem = match self.file_stem() {
            None => return false,
            Some(f) => f.as_encoded_bytes(),
        };
        // truncate until right after the file stem
        let end_file_stem = file_stem.as_ptr().addr() + file_stem.len();
        let start = self.inner.as_encoded_bytes().as_ptr().addr();
        self.inner.truncate(end_file_stem.wrapping_sub(start));
        // add the new extension, if any
        let new = extension.as_encoded_bytes();
        if !new.is_empty() {
            self.inner.reserve_exact(new.len() + 1);
            self.inner.push(".");
            self.inner.extend_from_slice(new);
        }
        true
    }

    /// Appends an extension after the existing one; false when there is no file name.
    pub fn add_extension<S: AsRef<OsStr>>(&mut self, extension: S) -> bool { self._add_extension(extension.as_ref()) }

    fn _add_extension(&mut self, extension: &OsStr) -> bool {
        validate_extension(extension);
        let file_name = match self.file_name() {
            None => return false,
            Some(f) => f.as_encoded_bytes(),
        };
        let new = extension.as_encoded_bytes();
        if !new.is_empty() {
            // truncate until right after the file name; this is necessary for trimming the trailing separator
            let end_file_name = file_name.as_ptr().addr() + file_name.len();
            let start = self.inner.as_encoded_bytes().as_ptr().addr();
            self.inner.truncate(end_file_name.wrapping_sub(start));
            // append the new extension
            self.inner.reserve_exact(new.len() + 1);
            self.inner.push(".");
            self.inner.extend_from_slice(new);
        }
        true
    }

    pub fn as_mut_os_string(&mut self) -> &mut OsString { &mut self.inner }

    pub fn into_os_string(self) -> OsString { self.inner }

    pub fn into_boxed_path(self) -> Box<Path> {
        let rw = Box::into_raw(self.inner.into_boxed_os_str()) as *mut Path;
        unsafe { Box::from_raw(rw) }
    }

    pub fn capacity(&self) -> usize { self.inner.capacity() }

    pub fn clear(&mut self) { self.inner.clear() }

    pub fn reserve(&mut self, additional: usize) { self.inner.reserve(additional) }

    pub fn try_reserve(&mut self, additional: usize) -> Result<(), TryReserveError> { self.inner.try_reserve(additional) }

    pub fn reserve_exact(&mut self, additional: usize) { self.inner.reserve_exact(additional) }

    pub fn try_reserve_exact(&mut self, additional: usize) -> Result<(), TryReserveError> { self.inner.try_reserve_exact(additional) }

    pub fn shrink_to_fit(&mut self) { self.inner.shrink_to_fit() }

    pub fn shrink_to(&mut self, min_capacity: usize) { self.inner.shrink_to(min_capacity) }
}

impl Clone for PathBuf {
    fn clone(&self) -> Self { PathBuf { inner: self.inner.clone() } }
    fn clone_from(&mut self, source: &Self) { self.inner.clone_from(&source.inner) }
}

impl From<&Path> for Box<Path> {
    fn from(path: &Path) -> Box<Path> {
        let boxed: Box<OsStr> = Box::<OsStr>::from(&path.inner);
        let rw = Box::into_raw(boxed) as *mut Path;
        unsafe { Box::from_raw(rw) }
    }
}

impl From<&mut Path> for Box<Path> {
    fn from(path: &mut Path) -> Box<Path> { Self::from(&*path) }
}

impl From<Cow<'_, Path>> for Box<Path> {
    fn from(cow: Cow<'_, Path>) -> Box<Path> {
        match cow {
            Cow::Borrowed(path) => Box::from(path),
            Cow::Owned(path) => Box::from(path),
        }
    }
}

impl From<Box<Path>> for PathBuf {
    fn from(boxed: Box<Path>) -> PathBuf { boxed.into_path_buf() }
}

impl From<PathBuf> for Box<Path> {
    fn from(p: PathBuf) -> Box<Path> { p.into_boxed_path() }
}

impl Clone for Box<Path> {
    fn clone(&self) -> Self { self.to_path_buf().into_boxed_path() }
}

impl<T: ?Sized + AsRef<OsStr>> From<&T> for PathBuf {
    fn from(s: &T) -> PathBuf { PathBuf::from(s.as_ref().to_os_string()) }
}

impl From<OsString> for PathBuf {
    fn from(s: OsString) -> PathBuf { PathBuf { inner: s } }
}

impl From<PathBuf> for OsString {
    fn from(path_buf: PathBuf) -> OsString { path_buf.inner }
}

impl From<String> for PathBuf {
    fn from(s: String) -> PathBuf { PathBuf::from(OsString::from(s)) }
}

impl FromStr for PathBuf {
    type Err = crate::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> { Ok(PathBuf::from(s)) }
}

impl<P: AsRef<Path>> FromIterator<P> for PathBuf {
    fn from_iter<I: IntoIterator<Item = P>>(iter: I) -> PathBuf {
        let mut buf = PathBuf::new();
        buf.extend(iter);
        buf
    }
}

impl<P: AsRef<Path>> Extend<P> for PathBuf {
    fn extend<I: IntoIterator<Item = P>>(&mut self, iter: I) {
        for p in iter {
            self.push(p.as_ref());
        }
    }
}

impl fmt::Debug for PathBuf {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result { fmt::Debug::fmt(&**self, formatter) }
}

impl ops::Deref for PathBuf {
    type Target = Path;
    fn deref(&self) -> &Path { Path::new(&self.inner) }
}

impl ops::DerefMut for PathBuf {
    fn deref_mut(&mut self) -> &mut Path { Path::from_inner_mut(&mut self.inner) }
}

impl Borrow<Path> for PathBuf {
    fn borrow(&self) -> &Path { self.deref() }
}

impl Default for PathBuf {
    fn default() -> Self { PathBuf::new() }
}

impl<'a> From<&'a Path> for Cow<'a, Path> {
    fn from(s: &'a Path) -> Cow<'a, Path> { Cow::Borrowed(s) }
}

impl<'a> From<PathBuf> for Cow<'a, Path> {
    fn from(s: PathBuf) -> Cow<'a, Path> { Cow::Owned(s) }
}

impl<'a> From<&'a PathBuf> for Cow<'a, Path> {
    fn from(p: &'a PathBuf) -> Cow<'a, Path> { Cow::Borrowed(p.as_path()) }
}

impl<'a> From<Cow<'a, Path>> for PathBuf {
    fn from(p: Cow<'a, Path>) -> Self { p.into_owned() }
}

// ARC-BEGIN
impl From<PathBuf> for crate::sync::Arc<Path> {
    fn from(s: PathBuf) -> crate::sync::Arc<Path> { os_str::arc_from_bytes(s.as_u8_slice()) }
}

impl From<&Path> for crate::sync::Arc<Path> {
    fn from(s: &Path) -> crate::sync::Arc<Path> { os_str::arc_from_bytes(s.as_u8_slice()) }
}

impl From<&mut Path> for crate::sync::Arc<Path> {
    fn from(s: &mut Path) -> crate::sync::Arc<Path> { os_str::arc_from_bytes(s.as_u8_slice()) }
}
// ARC-END

impl From<PathBuf> for Rc<Path> {
    fn from(s: PathBuf) -> Rc<Path> { os_str::rc_from_bytes(s.as_u8_slice()) }
}

impl From<&Path> for Rc<Path> {
    fn from(s: &Path) -> Rc<Path> { os_str::rc_from_bytes(s.as_u8_slice()) }
}

impl From<&mut Path> for Rc<Path> {
    fn from(s: &mut Path) -> Rc<Path> { os_str::rc_from_bytes(s.as_u8_slice()) }
}

impl ToOwned for Path {
    type Owned = PathBuf;
    fn to_owned(&self) -> PathBuf { self.to_path_buf() }
    fn clone_into(&self, target: &mut PathBuf) { self.inner.clone_into(&mut target.inner); }
}

impl PartialEq for PathBuf {
    fn eq(&self, other: &PathBuf) -> bool { self.components() == other.components() }
}

impl cmp::PartialEq<str> for PathBuf {
    fn eq(&self, other: &str) -> bool { self.as_path() == other }
}

impl cmp::PartialEq<PathBuf> for str {
    fn eq(&self, other: &PathBuf) -> bool { self == other.as_path() }
}

impl cmp::PartialEq<String> for PathBuf {
    fn eq(&self, other: &String) -> bool { self.as_path() == other.as_str() }
}

impl cmp::PartialEq<PathBuf> for String {
    fn eq(&self, other: &PathBuf) -> bool { self.as_str() == other.as_path() }
}

impl Hash for PathBuf {
    fn hash<H: Hasher>(&self, h: &mut H) { self.as_path().hash(h) }
}

impl Eq for PathBuf {}

impl PartialOrd for PathBuf {
    fn partial_cmp(&self, other: &PathBuf) -> Option<cmp::Ordering> { Some(compare_components(self.components(), other.components())) }
}

impl Ord for PathBuf {
    fn cmp(&self, other: &PathBuf) -> cmp::Ordering { compare_components(self.components(), other.components()) }
}

impl AsRef<OsStr> for PathBuf {
    fn as_ref(&self) -> &OsStr { &self.inner[..] }
}

/// A slice of a path (an OsStr): an unsized type, always used behind a reference or a pointer.
#[repr(transparent)]
pub struct Path {
    inner: OsStr,
}

/// Path::strip_prefix's error: the base is not a prefix of the path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StripPrefixError(());

impl Path {
    // The following (private!) function allows construction of a path from a u8 slice, which is only safe
    // when it is known to follow the OsStr encoding.
    fn from_u8_slice(s: &[u8]) -> &Path { Path::new(OsStr::from_bytes(s)) }

    // The following (private!) function reveals the byte encoding used for OsStr.
    pub(crate) fn as_u8_slice(&self) -> &[u8] { self.inner.as_encoded_bytes() }

    pub fn new<S: AsRef<OsStr> + ?Sized>(s: &S) -> &Path { unsafe { &*(s.as_ref() as *const OsStr as *const Path) } }

    fn from_inner_mut(inner: &mut OsStr) -> &mut Path { unsafe { &mut *(inner as *mut OsStr as *mut Path) } }

    pub fn as_os_str(&self) -> &OsStr { &self.inner }

    pub fn as_mut_os_str(&mut self) -> &mut OsStr { &mut self.inner }

    pub fn to_str(&self) -> Option<&str> { self.inner.to_str() }

    pub fn to_string_lossy(&self) -> Cow<'_, str> { self.inner.to_string_lossy() }

    pub fn to_path_buf(&self) -> PathBuf { PathBuf::from(self.inner.to_os_string()) }

    /// On Unix a path is absolute if it starts with the root.
    pub fn is_absolute(&self) -> bool { self.has_root() }

    pub fn is_relative(&self) -> bool { !self.is_absolute() }

    pub fn has_root(&self) -> bool { self.components().has_root() }

    /// The path without its last component, if there is one (None for a root or an empty path).
    pub fn parent(&self) -> Option<&Path> {
        let mut comps = self.components();
        let comp = comps.next_back();
        comp.and_then(|p| match p {
            Component::Normal(_) | Component::CurDir | Component::ParentDir => Some(comps.as_path()),
            _ => None,
        })
    }

    pub fn ancestors(&self) -> Ancestors<'_> { Ancestors { next: Some(&self) } }

    pub fn file_name(&self) -> Option<&OsStr> {
        self.components().next_back().and_then(|p| match p {
            Component::Normal(p) => Some(p),
            _ => None,
        })
    }

    pub fn strip_prefix<P>(&self, base: P) -> Result<&Path, StripPrefixError>
    where
        P: AsRef<Path>,
    {
        self._strip_prefix(base.as_ref())
    }

    fn _strip_prefix(&self, base: &Path) -> Result<&Path, StripPrefixError> {
        iter_after(self.components(), base.components()).map(|c| c.as_path()).ok_or(StripPrefixError(()))
    }

    pub fn starts_with<P: AsRef<Path>>(&self, base: P) -> bool { self._starts_with(base.as_ref()) }

    fn _starts_with(&self, base: &Path) -> bool { iter_after(self.components(), base.components()).is_some() }

    pub fn ends_with<P: AsRef<Path>>(&self, child: P) -> bool { self._ends_with(child.as_ref()) }

    fn _ends_with(&self, child: &Path) -> bool { iter_after(self.components().rev(), child.components().rev()).is_some() }

    pub fn file_stem(&self) -> Option<&OsStr> { self.file_name().map(rsplit_file_at_dot).and_then(|(before, after)| before.or(after)) }

    pub fn file_prefix(&self) -> Option<&OsStr> { self.file_name().map(split_file_at_dot).and_then(|(before, _after)| Some(before)) }

    pub fn extension(&self) -> Option<&OsStr> { self.file_name().map(rsplit_file_at_dot).and_then(|(before, after)| before.and(after)) }

    pub fn join<P: AsRef<Path>>(&self, path: P) -> PathBuf { self._join(path.as_ref()) }

    fn _join(&self, path: &Path) -> PathBuf {
        let mut buf = self.to_path_buf();
        buf.push(path);
        buf
    }

    pub fn with_file_name<S: AsRef<OsStr>>(&self, file_name: S) -> PathBuf { self._with_file_name(file_name.as_ref()) }

    fn _with_file_name(&self, file_name: &OsStr) -> PathBuf {
        let mut buf = self.to_path_buf();
        buf.set_file_name(file_name);
        buf
    }

    pub fn with_extension<S: AsRef<OsStr>>(&self, extension: S) -> PathBuf { self._with_extension(extension.as_ref()) }

    fn _with_extension(&self, extension: &OsStr) -> PathBuf {
        let self_len = self.as_os_str().len();
        let self_bytes = self.as_os_str().as_encoded_bytes();
        let (new_capacity, slice_to_copy) = match self.extension() {
            None => {
                // Enough capacity for the extension and the dot
                let capacity = self_len + extension.len() + 1;
                let whole_path = self_bytes;
                (capacity, whole_path)
            }
            Some(previous_extension) => {
                let capacity = self_len + extension.len() - previous_extension.len();
                let path_till_dot = &self_bytes[..self_len - previous_extension.len()];
                (capacity, path_till_dot)
            }
        };
        let mut new_path = PathBuf::with_capacity(new_capacity);
        new_path.inner.extend_from_slice(slice_to_copy);
        new_path.set_extension(extension);
        new_path
    }

    pub fn with_added_extension<S: AsRef<OsStr>>(&self, extension: S) -> PathBuf {
        let mut new_path = self.to_path_buf();
        new_path.add_extension(extension);
        new_path
    }

    pub fn components(&self) -> Components<'_> {
        Components {
            path: self.as_u8_slice(),
            prefix: None,
            has_physical_root: has_physical_root(self.as_u8_slice()),
            front: State::StartDir,
            back: State::Body,
        }
    }

    pub fn iter(&self) -> Iter<'_> { Iter { inner: self.components() } }

    pub fn display(&self) -> Display<'_> { Display { inner: self.inner.display() } }

    pub fn into_path_buf(self: Box<Self>) -> PathBuf {
        let rw = Box::into_raw(self) as *mut OsStr;
        let inner = unsafe { Box::from_raw(rw) };
        PathBuf { inner: OsString::from(inner) }
    }
}

impl AsRef<OsStr> for Path {
    fn as_ref(&self) -> &OsStr { &self.inner }
}

impl fmt::Debug for Path {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result { fmt::Debug::fmt(&self.inner, formatter) }
}

/// A Path shown with Display: invalid UTF-8 as U+FFFD (Path::display).
pub struct Display<'a> {
    inner: os_str::Display<'a>,
}

impl fmt::Debug for Display<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { fmt::Debug::fmt(&self.inner, f) }
}

impl fmt::Display for Display<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { fmt::Display::fmt(&self.inner, f) }
}

impl PartialEq for Path {
    fn eq(&self, other: &Path) -> bool { self.components() == other.components() }
}

impl cmp::PartialEq<str> for Path {
    fn eq(&self, other: &str) -> bool {
        let other: &OsStr = other.as_ref();
        self == other
    }
}

impl cmp::PartialEq<Path> for str {
    fn eq(&self, other: &Path) -> bool { other == self }
}

impl cmp::PartialEq<String> for Path {
    fn eq(&self, other: &String) -> bool { self == other.as_str() }
}

impl cmp::PartialEq<Path> for String {
    fn eq(&self, other: &Path) -> bool { self.as_str() == other }
}

impl Hash for Path {
    fn hash<H: Hasher>(&self, h: &mut H) {
        let bytes = self.as_u8_slice();
        let mut component_start = 0;
        // track some extra state to avoid prefix collisions.
        // ["foo", "bar"] and ["foobar"], will have the same payload bytes but a different distribution of the
        // chunks; this is not intended to be perfect, but to break some obvious collisions.
        let mut chunk_bits: usize = 0;
        for i in 0..bytes.len() {
            let is_sep = is_sep_byte(bytes[i]);
            if is_sep {
                if i > component_start {
                    let to_hash = &bytes[component_start..i];
                    chunk_bits = chunk_bits.wrapping_add(to_hash.len());
                    chunk_bits = chunk_bits.rotate_right(2);
                    h.write(to_hash);
                }
                // skip over separator and optionally a following CurDir item since components() would
                // normalize these away.
                component_start = i + 1;
                let tail = &bytes[component_start..];
                component_start += match tail {
                    [b'.'] => 1,
                    [b'.', sep, ..] if is_sep_byte(*sep) => 1,
                    _ => 0,
                };
            }
        }
        if component_start < bytes.len() {
            let to_hash = &bytes[component_start..];
            chunk_bits = chunk_bits.wrapping_add(to_hash.len());
            chunk_bits = chunk_bits.rotate_right(2);
            h.write(to_hash);
        }
        h.write_usize(chunk_bits);
    }
}

impl Eq for Path {}

impl PartialOrd for Path {
    fn partial_cmp(&self, other: &Path) -> Option<cmp::Ordering> { Some(compare_components(self.components(), other.components())) }
}

impl Ord for Path {
    fn cmp(&self, other: &Path) -> cmp::Ordering { compare_components(self.components(), other.components()) }
}

impl AsRef<Path> for Path {
    fn as_ref(&self) -> &Path { self }
}

impl AsRef<Path> for OsStr {
    fn as_ref(&self) -> &Path { Path::new(self) }
}

impl AsRef<Path> for Cow<'_, OsStr> {
    fn as_ref(&self) -> &Path { Path::new(self) }
}

impl AsRef<Path> for OsString {
    fn as_ref(&self) -> &Path { Path::new(self) }
}

impl AsRef<Path> for str {
    fn as_ref(&self) -> &Path { Path::new(self) }
}

impl AsRef<Path> for String {
    fn as_ref(&self) -> &Path { Path::new(self) }
}

impl AsRef<Path> for PathBuf {
    fn as_ref(&self) -> &Path { self }
}

impl<'a> IntoIterator for &'a PathBuf {
    type Item = &'a OsStr;
    type IntoIter = Iter<'a>;
    fn into_iter(self) -> Iter<'a> { self.iter() }
}

impl<'a> IntoIterator for &'a Path {
    type Item = &'a OsStr;
    type IntoIter = Iter<'a>;
    fn into_iter(self) -> Iter<'a> { self.iter() }
}

macro_rules! path_impl_cmp {
    ($lhs:ty, $rhs: ty) => {
        impl PartialEq<$rhs> for $lhs {
            fn eq(&self, other: &$rhs) -> bool { <Path as PartialEq<Path>>::eq(self, other) }
        }

        impl PartialEq<$lhs> for $rhs {
            fn eq(&self, other: &$lhs) -> bool { <Path as PartialEq<Path>>::eq(self, other) }
        }

        impl PartialOrd<$rhs> for $lhs {
            fn partial_cmp(&self, other: &$rhs) -> Option<cmp::Ordering> { <Path as PartialOrd<Path>>::partial_cmp(self, other) }
        }

        impl PartialOrd<$lhs> for $rhs {
            fn partial_cmp(&self, other: &$lhs) -> Option<cmp::Ordering> { <Path as PartialOrd<Path>>::partial_cmp(self, other) }
        }
    };
}

path_impl_cmp!(PathBuf, Path);
path_impl_cmp!(PathBuf, &Path);
path_impl_cmp!(Cow<'_, Path>, Path);
path_impl_cmp!(Cow<'_, Path>, &Path);
path_impl_cmp!(Cow<'_, Path>, PathBuf);

macro_rules! path_impl_cmp_os_str {
    ($lhs:ty, $rhs: ty) => {
        impl PartialEq<$rhs> for $lhs {
            fn eq(&self, other: &$rhs) -> bool { <Path as PartialEq<Path>>::eq(self, other.as_ref()) }
        }

        impl PartialEq<$lhs> for $rhs {
            fn eq(&self, other: &$lhs) -> bool { <Path as PartialEq<Path>>::eq(self.as_ref(), other) }
        }

        impl PartialOrd<$rhs> for $lhs {
            fn partial_cmp(&self, other: &$rhs) -> Option<cmp::Ordering> { <Path as PartialOrd<Path>>::partial_cmp(self, other.as_ref()) }
        }

        impl PartialOrd<$lhs> for $rhs {
            fn partial_cmp(&self, other: &$lhs) -> Option<cmp::Ordering> { <Path as PartialOrd<Path>>::partial_cmp(self.as_ref(), other) }
        }
    };
}

path_impl_cmp_os_str!(PathBuf, OsStr);
path_impl_cmp_os_str!(PathBuf, &OsStr);
path_impl_cmp_os_str!(PathBuf, Cow<'_, OsStr>);
path_impl_cmp_os_str!(PathBuf, OsString);
path_impl_cmp_os_str!(Path, OsStr);
path_impl_cmp_os_str!(Path, &OsStr);
path_impl_cmp_os_str!(Path, Cow<'_, OsStr>);
path_impl_cmp_os_str!(Path, OsString);
path_impl_cmp_os_str!(&Path, OsStr);
path_impl_cmp_os_str!(&Path, Cow<'_, OsStr>);
path_impl_cmp_os_str!(&Path, OsString);
path_impl_cmp_os_str!(Cow<'_, Path>, OsStr);
path_impl_cmp_os_str!(Cow<'_, Path>, &OsStr);
path_impl_cmp_os_str!(Cow<'_, Path>, OsString);

impl fmt::Display for StripPrefixError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { fmt::Display::fmt("prefix not found", f) }
}

impl Error for StripPrefixError {}

/// Makes the path absolute without touching the filesystem (POSIX pathname resolution: `.` components
/// dropped, `..` kept); a relative path is joined to the current directory.
pub fn absolute<P: AsRef<Path>>(path: P) -> io::Result<PathBuf> {
    let path = path.as_ref();
    if path.as_os_str().is_empty() {
        return Err(io::Error::empty_path_not_absolute());
    }
    // Get the components, skipping the redundant leading "." component if it exists.
    let mut components = path.strip_prefix(".").unwrap_or(path).components();
    let path_os = path.as_os_str().as_encoded_bytes();
    let mut normalized = if path.is_absolute() {
        // "If a pathname begins with two successive <slash> characters, the first component following the
        // leading <slash> characters may be interpreted in an implementation-defined manner, although more
        // than two leading <slash> characters shall be treated as a single <slash> character."
        if path_os.starts_with(b"//") && !path_os.starts_with(b"///") {
            components.next();
            PathBuf::from("//")
        } else {
            PathBuf::new()
        }
    } else {
        crate::env::current_dir()?
    };
    normalized.extend(components);
    // "Interfaces using pathname resolution may specify additional constraints when a pathname that does not
    // name an existing directory contains at least one non- <slash> character and contains one or more
    // trailing <slash> characters".
    if path_os.ends_with(b"/") {
        normalized.push("");
    }
    Ok(normalized)
}
