// std::fs: the simulated process has no file system. Every item of std 1.95's stable API is declared, so that
// programs type-check as with rustc; what would touch a file stops the run with `error: unsupported:
// std::fs::…` at the caller, never a made-up answer.
use crate::ffi::OsString;
use crate::fmt;
use crate::io::{self, Read, Seek, SeekFrom, Write};
use crate::path::{Path, PathBuf};
use crate::time::SystemTime;

#[track_caller]
fn no_fs(what: &str) -> ! { crate::intrinsics::unsupported(what) }

pub struct File { _private: () }
#[derive(Clone)]
pub struct Metadata { _private: () }
pub struct ReadDir { _private: () }
pub struct DirEntry { _private: () }
#[derive(Clone)]
pub struct OpenOptions(sys::OpenOptions);
#[derive(Clone, PartialEq, Eq)]
pub struct Permissions { mode: u32 }
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct FileType { kind: u8 }
#[derive(Clone, Copy, Default)]
pub struct FileTimes(sys::FileTimes);
pub struct DirBuilder { inner: sys::DirBuilder, recursive: bool }

/// std's sys::fs (unix) records, which the public types wrap and show in their Debug output.
mod sys {
    use crate::fmt;
    use crate::time::SystemTime;

    #[derive(Clone, Debug)]
    pub(super) struct OpenOptions {
        pub(super) read: bool,
        pub(super) write: bool,
        pub(super) append: bool,
        pub(super) truncate: bool,
        pub(super) create: bool,
        pub(super) create_new: bool,
        pub(super) custom_flags: i32,
        pub(super) mode: Mode,
    }

    #[derive(Debug)]
    pub(super) struct DirBuilder {
        pub(super) mode: Mode,
    }

    #[derive(Clone, Copy, Debug, Default)]
    pub(super) struct FileTimes {
        pub(super) accessed: Option<SystemTime>,
        pub(super) modified: Option<SystemTime>,
    }

    /// A file mode, shown as std shows it (`0o000666`).
    #[derive(Clone, Copy)]
    pub(super) struct Mode(pub(super) u32);

    impl fmt::Debug for Mode {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { write!(f, "{:#08o}", self.0) }
    }
}

#[track_caller] pub fn read<P: AsRef<Path>>(_path: P) -> io::Result<Vec<u8>> { no_fs("std::fs::read (no file system)") }
#[track_caller] pub fn read_to_string<P: AsRef<Path>>(_path: P) -> io::Result<String> { no_fs("std::fs::read_to_string (no file system)") }
#[track_caller] pub fn write<P: AsRef<Path>, C: AsRef<[u8]>>(_path: P, _contents: C) -> io::Result<()> { no_fs("std::fs::write (no file system)") }
#[track_caller] pub fn remove_file<P: AsRef<Path>>(_path: P) -> io::Result<()> { no_fs("std::fs::remove_file (no file system)") }
#[track_caller] pub fn metadata<P: AsRef<Path>>(_path: P) -> io::Result<Metadata> { no_fs("std::fs::metadata (no file system)") }
#[track_caller] pub fn symlink_metadata<P: AsRef<Path>>(_path: P) -> io::Result<Metadata> { no_fs("std::fs::symlink_metadata (no file system)") }
#[track_caller] pub fn rename<P: AsRef<Path>, Q: AsRef<Path>>(_from: P, _to: Q) -> io::Result<()> { no_fs("std::fs::rename (no file system)") }
#[track_caller] pub fn copy<P: AsRef<Path>, Q: AsRef<Path>>(_from: P, _to: Q) -> io::Result<u64> { no_fs("std::fs::copy (no file system)") }
#[track_caller] pub fn hard_link<P: AsRef<Path>, Q: AsRef<Path>>(_original: P, _link: Q) -> io::Result<()> { no_fs("std::fs::hard_link (no file system)") }
#[track_caller] pub fn read_link<P: AsRef<Path>>(_path: P) -> io::Result<PathBuf> { no_fs("std::fs::read_link (no file system)") }
#[track_caller] pub fn canonicalize<P: AsRef<Path>>(_path: P) -> io::Result<PathBuf> { no_fs("std::fs::canonicalize (no file system)") }
#[track_caller] pub fn create_dir<P: AsRef<Path>>(_path: P) -> io::Result<()> { no_fs("std::fs::create_dir (no file system)") }
#[track_caller] pub fn create_dir_all<P: AsRef<Path>>(_path: P) -> io::Result<()> { no_fs("std::fs::create_dir_all (no file system)") }
#[track_caller] pub fn remove_dir<P: AsRef<Path>>(_path: P) -> io::Result<()> { no_fs("std::fs::remove_dir (no file system)") }
#[track_caller] pub fn remove_dir_all<P: AsRef<Path>>(_path: P) -> io::Result<()> { no_fs("std::fs::remove_dir_all (no file system)") }
#[track_caller] pub fn read_dir<P: AsRef<Path>>(_path: P) -> io::Result<ReadDir> { no_fs("std::fs::read_dir (no file system)") }
#[track_caller] pub fn set_permissions<P: AsRef<Path>>(_path: P, _perm: Permissions) -> io::Result<()> { no_fs("std::fs::set_permissions (no file system)") }
#[deprecated(since = "1.1.0", note = "replaced with std::os::unix::fs::symlink and std::os::windows::fs::{symlink_file, symlink_dir}")]
#[track_caller] pub fn soft_link<P: AsRef<Path>, Q: AsRef<Path>>(_original: P, _link: Q) -> io::Result<()> { no_fs("std::fs::soft_link (no file system)") }
#[track_caller] pub fn exists<P: AsRef<Path>>(_path: P) -> io::Result<bool> { no_fs("std::fs::exists (no file system)") }

impl File {
    #[track_caller] pub fn open<P: AsRef<Path>>(_path: P) -> io::Result<File> { no_fs("std::fs::File::open (no file system)") }
    #[track_caller] pub fn create<P: AsRef<Path>>(_path: P) -> io::Result<File> { no_fs("std::fs::File::create (no file system)") }
    #[track_caller] pub fn create_new<P: AsRef<Path>>(_path: P) -> io::Result<File> { no_fs("std::fs::File::create_new (no file system)") }
    pub fn options() -> OpenOptions { OpenOptions::new() }
    #[track_caller] pub fn sync_all(&self) -> io::Result<()> { no_fs("std::fs::File::sync_all (no file system)") }
    #[track_caller] pub fn sync_data(&self) -> io::Result<()> { no_fs("std::fs::File::sync_data (no file system)") }
    #[track_caller] pub fn lock(&self) -> io::Result<()> { no_fs("std::fs::File::lock (no file system)") }
    #[track_caller] pub fn lock_shared(&self) -> io::Result<()> { no_fs("std::fs::File::lock_shared (no file system)") }
    #[track_caller] pub fn try_lock(&self) -> Result<(), TryLockError> { no_fs("std::fs::File::try_lock (no file system)") }
    #[track_caller] pub fn try_lock_shared(&self) -> Result<(), TryLockError> { no_fs("std::fs::File::try_lock_shared (no file system)") }
    #[track_caller] pub fn unlock(&self) -> io::Result<()> { no_fs("std::fs::File::unlock (no file system)") }
    #[track_caller] pub fn set_len(&self, _size: u64) -> io::Result<()> { no_fs("std::fs::File::set_len (no file system)") }
    #[track_caller] pub fn metadata(&self) -> io::Result<Metadata> { no_fs("std::fs::File::metadata (no file system)") }
    #[track_caller] pub fn try_clone(&self) -> io::Result<File> { no_fs("std::fs::File::try_clone (no file system)") }
    #[track_caller] pub fn set_permissions(&self, _perm: Permissions) -> io::Result<()> { no_fs("std::fs::File::set_permissions (no file system)") }
    #[track_caller] pub fn set_modified(&self, _time: SystemTime) -> io::Result<()> { no_fs("std::fs::File::set_modified (no file system)") }
    #[track_caller] pub fn set_times(&self, _times: FileTimes) -> io::Result<()> { no_fs("std::fs::File::set_times (no file system)") }
}

impl Read for File {
    #[track_caller] fn read(&mut self, _buf: &mut [u8]) -> io::Result<usize> { no_fs("reading a std::fs::File (no file system)") }
}
impl Read for &File {
    #[track_caller] fn read(&mut self, _buf: &mut [u8]) -> io::Result<usize> { no_fs("reading a std::fs::File (no file system)") }
}
impl Write for File {
    #[track_caller] fn write(&mut self, _buf: &[u8]) -> io::Result<usize> { no_fs("writing a std::fs::File (no file system)") }
    #[track_caller] fn flush(&mut self) -> io::Result<()> { no_fs("flushing a std::fs::File (no file system)") }
}
impl Write for &File {
    #[track_caller] fn write(&mut self, _buf: &[u8]) -> io::Result<usize> { no_fs("writing a std::fs::File (no file system)") }
    #[track_caller] fn flush(&mut self) -> io::Result<()> { no_fs("flushing a std::fs::File (no file system)") }
}
impl Seek for File {
    #[track_caller] fn seek(&mut self, _pos: SeekFrom) -> io::Result<u64> { no_fs("seeking a std::fs::File (no file system)") }
}
impl Seek for &File {
    #[track_caller] fn seek(&mut self, _pos: SeekFrom) -> io::Result<u64> { no_fs("seeking a std::fs::File (no file system)") }
}
impl fmt::Debug for File {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.debug_struct("File").finish_non_exhaustive() }
}

impl OpenOptions {
    pub fn new() -> OpenOptions {
        OpenOptions(sys::OpenOptions {
            read: false, write: false, append: false, truncate: false, create: false, create_new: false, custom_flags: 0,
            mode: sys::Mode(0o666),
        })
    }
    pub fn read(&mut self, read: bool) -> &mut OpenOptions { self.0.read = read; self }
    pub fn write(&mut self, write: bool) -> &mut OpenOptions { self.0.write = write; self }
    pub fn append(&mut self, append: bool) -> &mut OpenOptions { self.0.append = append; self }
    pub fn truncate(&mut self, truncate: bool) -> &mut OpenOptions { self.0.truncate = truncate; self }
    pub fn create(&mut self, create: bool) -> &mut OpenOptions { self.0.create = create; self }
    pub fn create_new(&mut self, create_new: bool) -> &mut OpenOptions { self.0.create_new = create_new; self }
    #[track_caller] pub fn open<P: AsRef<Path>>(&self, _path: P) -> io::Result<File> { no_fs("std::fs::OpenOptions::open (no file system)") }
}
impl fmt::Debug for OpenOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.debug_tuple("OpenOptions").field(&self.0).finish() }
}

impl Metadata {
    #[track_caller] pub fn file_type(&self) -> FileType { no_fs("std::fs::Metadata (no file system)") }
    #[track_caller] pub fn is_dir(&self) -> bool { no_fs("std::fs::Metadata (no file system)") }
    #[track_caller] pub fn is_file(&self) -> bool { no_fs("std::fs::Metadata (no file system)") }
    #[track_caller] pub fn is_symlink(&self) -> bool { no_fs("std::fs::Metadata (no file system)") }
    #[track_caller] pub fn len(&self) -> u64 { no_fs("std::fs::Metadata (no file system)") }
    #[track_caller] pub fn permissions(&self) -> Permissions { no_fs("std::fs::Metadata (no file system)") }
    #[track_caller] pub fn modified(&self) -> io::Result<SystemTime> { no_fs("std::fs::Metadata (no file system)") }
    #[track_caller] pub fn accessed(&self) -> io::Result<SystemTime> { no_fs("std::fs::Metadata (no file system)") }
    #[track_caller] pub fn created(&self) -> io::Result<SystemTime> { no_fs("std::fs::Metadata (no file system)") }
}
impl fmt::Debug for Metadata {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.debug_struct("Metadata").finish_non_exhaustive() }
}

impl Permissions {
    pub fn readonly(&self) -> bool { self.mode & 0o222 == 0 }
    pub fn set_readonly(&mut self, readonly: bool) {
        if readonly { self.mode &= !0o222 } else { self.mode |= 0o222 }
    }
}
impl fmt::Debug for Permissions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.debug_struct("Permissions").field("mode", &self.mode).finish() }
}

impl FileType {
    pub fn is_dir(&self) -> bool { self.kind == 1 }
    pub fn is_file(&self) -> bool { self.kind == 2 }
    pub fn is_symlink(&self) -> bool { self.kind == 3 }
}
impl fmt::Debug for FileType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FileType").field("is_file", &self.is_file()).field("is_dir", &self.is_dir())
            .field("is_symlink", &self.is_symlink()).finish_non_exhaustive()
    }
}

impl FileTimes {
    pub fn new() -> FileTimes { FileTimes::default() }
    pub fn set_accessed(mut self, t: SystemTime) -> FileTimes { self.0.accessed = Some(t); self }
    pub fn set_modified(mut self, t: SystemTime) -> FileTimes { self.0.modified = Some(t); self }
}
impl fmt::Debug for FileTimes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.debug_tuple("FileTimes").field(&self.0).finish() }
}

impl Iterator for ReadDir {
    type Item = io::Result<DirEntry>;
    #[track_caller] fn next(&mut self) -> Option<io::Result<DirEntry>> { no_fs("std::fs::ReadDir (no file system)") }
}
impl fmt::Debug for ReadDir {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.debug_struct("ReadDir").finish_non_exhaustive() }
}

impl DirEntry {
    #[track_caller] pub fn path(&self) -> PathBuf { no_fs("std::fs::DirEntry (no file system)") }
    #[track_caller] pub fn metadata(&self) -> io::Result<Metadata> { no_fs("std::fs::DirEntry (no file system)") }
    #[track_caller] pub fn file_type(&self) -> io::Result<FileType> { no_fs("std::fs::DirEntry (no file system)") }
    #[track_caller] pub fn file_name(&self) -> OsString { no_fs("std::fs::DirEntry (no file system)") }
}
impl fmt::Debug for DirEntry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.debug_struct("DirEntry").finish_non_exhaustive() }
}

impl DirBuilder {
    pub fn new() -> DirBuilder { DirBuilder { inner: sys::DirBuilder { mode: sys::Mode(0o777) }, recursive: false } }
    pub fn recursive(&mut self, recursive: bool) -> &mut DirBuilder { self.recursive = recursive; self }
    #[track_caller] pub fn create<P: AsRef<Path>>(&self, _path: P) -> io::Result<()> { no_fs("std::fs::DirBuilder::create (no file system)") }
}
impl fmt::Debug for DirBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DirBuilder").field("inner", &self.inner).field("recursive", &self.recursive).finish()
    }
}

/// Why File::try_lock did not take the lock.
pub enum TryLockError {
    Error(io::Error),
    WouldBlock,
}
impl fmt::Debug for TryLockError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TryLockError::Error(err) => fmt::Debug::fmt(err, f),
            TryLockError::WouldBlock => fmt::Debug::fmt("WouldBlock", f),
        }
    }
}
impl fmt::Display for TryLockError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(match self {
            TryLockError::Error(_) => "lock acquisition failed due to I/O error",
            TryLockError::WouldBlock => "lock acquisition failed because the operation would block",
        }, f)
    }
}
impl crate::error::Error for TryLockError {}
impl From<TryLockError> for io::Error {
    fn from(err: TryLockError) -> io::Error {
        match err {
            TryLockError::Error(err) => err,
            TryLockError::WouldBlock => io::ErrorKind::WouldBlock.into(),
        }
    }
}
