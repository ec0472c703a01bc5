// CStr (a borrowed nul-terminated byte string, [c_char] including the nul) and CString (an owned one in a
// Box<[u8]> including the nul), with their errors.
use crate::borrow::{Borrow, Cow, ToOwned};
use crate::boxed::Box;
use crate::rc::Rc;
use crate::str::{FromStr, Utf8Error};
use crate::string::String;
use crate::vec::Vec;
use crate::{cmp, error, fmt, mem, ops, ptr};
use super::c_char;

fn memchr(x: u8, text: &[u8]) -> Option<usize> { crate::io::memchr(x, text) }

/// A borrowed C string: bytes without interior nul followed by a nul.
#[def_path = "core::ffi::c_str"]
#[derive(PartialEq, Eq, Hash)]
#[repr(transparent)]
#[lang = "CStr"]
pub struct CStr {
    inner: [c_char],
}

/// Why CStr::from_bytes_with_nul failed.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FromBytesWithNulError {
    InteriorNul { position: usize },
    NotNulTerminated,
}

impl fmt::Display for FromBytesWithNulError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::InteriorNul { position } => write!(f, "data provided contains an interior nul byte at byte position {position}"),
            Self::NotNulTerminated => write!(f, "data provided is not nul terminated"),
        }
    }
}

impl error::Error for FromBytesWithNulError {}

/// CStr::from_bytes_until_nul found no nul.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct FromBytesUntilNulError(());

impl fmt::Display for FromBytesUntilNulError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { write!(f, "data provided does not contain a nul") }
}

impl error::Error for FromBytesUntilNulError {}

impl fmt::Debug for CStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { super::bytes::debug_byte_str(self.to_bytes(), f) }
}

impl Default for &CStr {
    fn default() -> Self {
        static NUL: [c_char; 1] = [0];
        unsafe { CStr::from_ptr(NUL.as_ptr()) }
    }
}

impl CStr {
    pub unsafe fn from_ptr<'a>(ptr: *const c_char) -> &'a CStr {
        let len = unsafe { strlen(ptr) };
        unsafe { Self::from_bytes_with_nul_unchecked(crate::slice::from_raw_parts(ptr as *const u8, len + 1)) }
    }

    pub fn from_bytes_until_nul(bytes: &[u8]) -> Result<&CStr, FromBytesUntilNulError> {
        match memchr(0, bytes) {
            Some(nul_pos) => Ok(unsafe { CStr::from_bytes_with_nul_unchecked(&bytes[..nul_pos + 1]) }),
            None => Err(FromBytesUntilNulError(())),
        }
    }

    pub fn from_bytes_with_nul(bytes: &[u8]) -> Result<&Self, FromBytesWithNulError> {
        match memchr(0, bytes) {
            Some(nul_pos) if nul_pos + 1 == bytes.len() => Ok(unsafe { Self::from_bytes_with_nul_unchecked(bytes) }),
            Some(position) => Err(FromBytesWithNulError::InteriorNul { position }),
            None => Err(FromBytesWithNulError::NotNulTerminated),
        }
    }

    pub const unsafe fn from_bytes_with_nul_unchecked(bytes: &[u8]) -> &CStr { unsafe { &*(bytes as *const [u8] as *const CStr) } }

    pub const fn as_ptr(&self) -> *const c_char { self.inner.as_ptr() }

    pub const fn count_bytes(&self) -> usize { self.inner.len() - 1 }

    pub const fn is_empty(&self) -> bool { self.inner.len() == 1 }

    pub fn to_bytes(&self) -> &[u8] {
        let bytes = self.to_bytes_with_nul();
        &bytes[..bytes.len() - 1]
    }

    pub const fn to_bytes_with_nul(&self) -> &[u8] { unsafe { &*(&self.inner as *const [c_char] as *const [u8]) } }

    pub fn to_str(&self) -> Result<&str, Utf8Error> { crate::str::from_utf8(self.to_bytes()) }

    pub fn to_string_lossy(&self) -> Cow<'_, str> { String::from_utf8_lossy(self.to_bytes()) }

    pub fn into_c_string(self: Box<Self>) -> CString { CString::from(self) }
}

impl PartialEq<&CStr> for CStr {
    fn eq(&self, other: &&CStr) -> bool { *self == **other }
}

impl PartialOrd for CStr {
    fn partial_cmp(&self, other: &CStr) -> Option<cmp::Ordering> { self.to_bytes().partial_cmp(&other.to_bytes()) }
}

impl Ord for CStr {
    fn cmp(&self, other: &CStr) -> cmp::Ordering { self.to_bytes().cmp(&other.to_bytes()) }
}

impl ops::Index<ops::RangeFrom<usize>> for CStr {
    type Output = CStr;

    fn index(&self, index: ops::RangeFrom<usize>) -> &CStr {
        let bytes = self.to_bytes_with_nul();
        // we need to manually check the starting index to account for the null byte, since otherwise we could
        // get an empty string that doesn't end in a null.
        if index.start < bytes.len() {
            unsafe { CStr::from_bytes_with_nul_unchecked(&bytes[index.start..]) }
        } else {
            panic!("index out of bounds: the len is {} but the index is {}", bytes.len(), index.start);
        }
    }
}

impl AsRef<CStr> for CStr {
    fn as_ref(&self) -> &CStr { self }
}

unsafe fn strlen(ptr: *const c_char) -> usize {
    let mut len = 0;
    while unsafe { *ptr.add(len) } != 0 {
        len += 1;
    }
    len
}

/// An owned C string: a Box<[u8]> of the bytes and the nul.
#[def_path = "alloc::ffi::c_str"]
#[derive(PartialEq, PartialOrd, Eq, Ord, Hash, Clone)]
pub struct CString {
    inner: Box<[u8]>,
}

/// CString::new found a nul byte: its position and the bytes.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct NulError(usize, Vec<u8>);

#[derive(Clone, PartialEq, Eq, Debug)]
enum FromBytesWithNulErrorKind {
    InteriorNul(usize),
    NotNulTerminated,
}

/// CString::from_vec_with_nul's error.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct FromVecWithNulError {
    error_kind: FromBytesWithNulErrorKind,
    bytes: Vec<u8>,
}

impl FromVecWithNulError {
    pub fn as_bytes(&self) -> &[u8] { &self.bytes[..] }
    pub fn into_bytes(self) -> Vec<u8> { self.bytes }
}

/// CString::into_string's error: the CString back and the UTF-8 error.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct IntoStringError {
    inner: CString,
    error: Utf8Error,
}

fn new_from_bytes(bytes: &[u8]) -> Result<CString, NulError> {
    // CString::new's specialization for &[u8] and &str: one allocation of len + 1
    let capacity = bytes.len().checked_add(1).unwrap();
    let mut buffer = Vec::with_capacity(capacity);
    buffer.extend_from_slice(bytes);
    match memchr(0, bytes) {
        Some(i) => Err(NulError(i, buffer)),
        None => Ok(unsafe { CString::_from_vec_unchecked(buffer) }),
    }
}

impl CString {
    pub fn new<T: Into<Vec<u8>>>(t: T) -> Result<CString, NulError> {
        use crate::intrinsics::type_id;
        let t_id = type_id::<T>();
        if t_id == type_id::<&str>() {
            let s: &str = unsafe { crate::intrinsics::transmute_unchecked::<T, &str>(t) };
            return new_from_bytes(s.as_bytes());
        }
        if t_id == type_id::<&[u8]>() || t_id == type_id::<&mut [u8]>() {
            let s: &[u8] = unsafe { crate::intrinsics::transmute_unchecked::<T, &[u8]>(t) };
            return new_from_bytes(s);
        }
        let bytes: Vec<u8> = t.into();
        match memchr(0, &bytes) {
            Some(i) => Err(NulError(i, bytes)),
            None => Ok(unsafe { CString::_from_vec_unchecked(bytes) }),
        }
    }

    pub unsafe fn from_vec_unchecked(v: Vec<u8>) -> Self { unsafe { Self::_from_vec_unchecked(v) } }

    unsafe fn _from_vec_unchecked(mut v: Vec<u8>) -> Self {
        v.reserve_exact(1);
        v.push(0);
        Self { inner: v.into_boxed_slice() }
    }

    pub unsafe fn from_raw(ptr: *mut c_char) -> CString {
        unsafe {
            let len = strlen(ptr) + 1; // including the nul byte
            let slice = crate::slice::from_raw_parts_mut(ptr as *mut u8, len);
            CString { inner: Box::from_raw(slice as *mut [u8]) }
        }
    }

    pub fn into_raw(self) -> *mut c_char { Box::into_raw(self.into_inner()) as *mut u8 as *mut c_char }

    pub fn into_string(self) -> Result<String, IntoStringError> {
        match String::from_utf8(self.into_bytes()) {
            Ok(s) => Ok(s),
            Err(e) => Err(IntoStringError { error: e.utf8_error(), inner: unsafe { Self::_from_vec_unchecked(e.into_bytes()) } }),
        }
    }

    pub fn into_bytes(self) -> Vec<u8> {
        let mut vec = self.into_inner().into_vec();
        let _nul = vec.pop();
        vec
    }

    pub fn into_bytes_with_nul(self) -> Vec<u8> { self.into_inner().into_vec() }

    pub fn as_bytes(&self) -> &[u8] { &self.inner[..self.inner.len() - 1] }

    pub fn as_bytes_with_nul(&self) -> &[u8] { &self.inner }

    pub fn as_c_str(&self) -> &CStr { unsafe { CStr::from_bytes_with_nul_unchecked(self.as_bytes_with_nul()) } }

    pub fn into_boxed_c_str(self) -> Box<CStr> { unsafe { Box::from_raw(Box::into_raw(self.into_inner()) as *mut CStr) } }

    fn into_inner(self) -> Box<[u8]> {
        let this = mem::ManuallyDrop::new(self);
        unsafe { ptr::read(&this.inner) }
    }

    pub unsafe fn from_vec_with_nul_unchecked(v: Vec<u8>) -> Self { Self { inner: v.into_boxed_slice() } }

    pub fn from_vec_with_nul(v: Vec<u8>) -> Result<Self, FromVecWithNulError> {
        match memchr(0, &v) {
            Some(nul_pos) if nul_pos + 1 == v.len() => Ok(Self { inner: v.into_boxed_slice() }),
            Some(nul_pos) => Err(FromVecWithNulError { error_kind: FromBytesWithNulErrorKind::InteriorNul(nul_pos), bytes: v }),
            None => Err(FromVecWithNulError { error_kind: FromBytesWithNulErrorKind::NotNulTerminated, bytes: v }),
        }
    }
}

// Turns this CString into an empty string to prevent memory-unsafe code from working by accident if
// Rust code is borrowing it after it's been dropped (std does the same).
impl Drop for CString {
    fn drop(&mut self) {
        self.inner[0] = 0;
    }
}

impl ops::Deref for CString {
    type Target = CStr;
    fn deref(&self) -> &CStr { self.as_c_str() }
}

impl fmt::Debug for CString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { fmt::Debug::fmt(self.as_c_str(), f) }
}

impl From<CString> for Vec<u8> {
    fn from(s: CString) -> Vec<u8> { s.into_bytes() }
}

impl Default for CString {
    fn default() -> CString {
        let a: &CStr = Default::default();
        a.to_owned()
    }
}

impl Borrow<CStr> for CString {
    fn borrow(&self) -> &CStr { self }
}

impl<'a> From<Cow<'a, CStr>> for CString {
    fn from(s: Cow<'a, CStr>) -> Self { s.into_owned() }
}

impl From<&CStr> for Box<CStr> {
    fn from(s: &CStr) -> Box<CStr> {
        let boxed: Box<[u8]> = s.to_bytes_with_nul().to_vec().into_boxed_slice();
        unsafe { Box::from_raw(Box::into_raw(boxed) as *mut CStr) }
    }
}

impl From<&mut CStr> for Box<CStr> {
    fn from(s: &mut CStr) -> Box<CStr> { Self::from(&*s) }
}

impl From<Cow<'_, CStr>> for Box<CStr> {
    fn from(cow: Cow<'_, CStr>) -> Box<CStr> {
        match cow {
            Cow::Borrowed(s) => Box::from(s),
            Cow::Owned(s) => Box::from(s),
        }
    }
}

impl From<Box<CStr>> for CString {
    fn from(s: Box<CStr>) -> CString {
        let raw = unsafe { crate::intrinsics::transmute_unchecked::<*mut CStr, *mut [u8]>(Box::into_raw(s)) };
        CString { inner: unsafe { Box::from_raw(raw) } }
    }
}

impl FromStr for CString {
    type Err = NulError;
    fn from_str(s: &str) -> Result<Self, Self::Err> { Self::new(s) }
}

impl TryFrom<CString> for String {
    type Error = IntoStringError;
    fn try_from(value: CString) -> Result<Self, Self::Error> { value.into_string() }
}

impl Clone for Box<CStr> {
    fn clone(&self) -> Self { (**self).into() }
}

impl From<CString> for Box<CStr> {
    fn from(s: CString) -> Box<CStr> { s.into_boxed_c_str() }
}

impl<'a> From<CString> for Cow<'a, CStr> {
    fn from(s: CString) -> Cow<'a, CStr> { Cow::Owned(s) }
}

impl<'a> From<&'a CStr> for Cow<'a, CStr> {
    fn from(s: &'a CStr) -> Cow<'a, CStr> { Cow::Borrowed(s) }
}

impl<'a> From<&'a CString> for Cow<'a, CStr> {
    fn from(s: &'a CString) -> Cow<'a, CStr> { Cow::Borrowed(s.as_c_str()) }
}

// ARC-BEGIN
impl From<CString> for crate::sync::Arc<CStr> {
    fn from(s: CString) -> crate::sync::Arc<CStr> { super::os_str::arc_from_bytes(s.as_bytes_with_nul()) }
}

impl From<&CStr> for crate::sync::Arc<CStr> {
    fn from(s: &CStr) -> crate::sync::Arc<CStr> { super::os_str::arc_from_bytes(s.to_bytes_with_nul()) }
}

impl From<&mut CStr> for crate::sync::Arc<CStr> {
    fn from(s: &mut CStr) -> crate::sync::Arc<CStr> { super::os_str::arc_from_bytes(s.to_bytes_with_nul()) }
}
// ARC-END

impl From<CString> for Rc<CStr> {
    fn from(s: CString) -> Rc<CStr> { super::os_str::rc_from_bytes(s.as_bytes_with_nul()) }
}

impl From<&CStr> for Rc<CStr> {
    fn from(s: &CStr) -> Rc<CStr> { super::os_str::rc_from_bytes(s.to_bytes_with_nul()) }
}

impl From<&mut CStr> for Rc<CStr> {
    fn from(s: &mut CStr) -> Rc<CStr> { super::os_str::rc_from_bytes(s.to_bytes_with_nul()) }
}

impl Default for Rc<CStr> {
    fn default() -> Self { super::os_str::rc_from_bytes(&[0]) }
}

impl Default for Box<CStr> {
    fn default() -> Box<CStr> { Box::from(<&CStr>::default()) }
}

impl NulError {
    pub fn nul_position(&self) -> usize { self.0 }
    pub fn into_vec(self) -> Vec<u8> { self.1 }
}

impl fmt::Display for NulError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { write!(f, "nul byte found in provided data at position: {}", self.0) }
}

impl fmt::Display for FromVecWithNulError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.error_kind {
            FromBytesWithNulErrorKind::InteriorNul(pos) => write!(f, "data provided contains an interior nul byte at pos {pos}"),
            FromBytesWithNulErrorKind::NotNulTerminated => write!(f, "data provided is not nul terminated"),
        }
    }
}

impl IntoStringError {
    pub fn into_cstring(self) -> CString { self.inner }
    pub fn utf8_error(&self) -> Utf8Error { self.error }
}

impl fmt::Display for IntoStringError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { fmt::Display::fmt("C string contained non-utf8 bytes", f) }
}

impl ToOwned for CStr {
    type Owned = CString;
    fn to_owned(&self) -> CString { CString { inner: self.to_bytes_with_nul().to_vec().into_boxed_slice() } }
    fn clone_into(&self, target: &mut CString) {
        let mut b = mem::replace(&mut target.inner, Vec::new().into_boxed_slice()).into_vec();
        self.to_bytes_with_nul().clone_into(&mut b);
        target.inner = b.into_boxed_slice();
    }
}

impl From<&CStr> for CString {
    fn from(s: &CStr) -> CString { s.to_owned() }
}

impl PartialEq<CStr> for CString {
    fn eq(&self, other: &CStr) -> bool { **self == *other }
}

impl PartialEq<&CStr> for CString {
    fn eq(&self, other: &&CStr) -> bool { **self == **other }
}

impl PartialEq<Cow<'_, CStr>> for CString {
    fn eq(&self, other: &Cow<'_, CStr>) -> bool { **self == **other }
}

impl ops::Index<ops::RangeFull> for CString {
    type Output = CStr;
    fn index(&self, _index: ops::RangeFull) -> &CStr { self }
}

impl AsRef<CStr> for CString {
    fn as_ref(&self) -> &CStr { self }
}

impl PartialEq<CString> for CStr {
    fn eq(&self, other: &CString) -> bool { *self == **other }
}

impl PartialEq<Cow<'_, CStr>> for CStr {
    fn eq(&self, other: &Cow<'_, CStr>) -> bool { *self == **other }
}

impl PartialEq<CStr> for Cow<'_, CStr> {
    fn eq(&self, other: &CStr) -> bool { **self == *other }
}

impl PartialEq<&CStr> for Cow<'_, CStr> {
    fn eq(&self, other: &&CStr) -> bool { **self == **other }
}

impl PartialEq<CString> for Cow<'_, CStr> {
    fn eq(&self, other: &CString) -> bool { **self == **other }
}

impl error::Error for NulError {}

impl error::Error for FromVecWithNulError {}

impl error::Error for IntoStringError {
    fn source(&self) -> Option<&(dyn error::Error + 'static)> { Some(&self.error) }
}
