// OsString and OsStr: on Unix an owned Vec<u8> and a borrowed [u8] of any bytes (std's sys::os_str::bytes
// Buf and Slice), with the comparisons and conversions std has.
use crate::borrow::{Borrow, Cow, ToOwned};
use crate::boxed::Box;
use crate::collections::TryReserveError;
use crate::hash::{Hash, Hasher};
use crate::rc::Rc;
use crate::str::FromStr;
use crate::string::String;
use crate::vec::Vec;
use crate::{cmp, fmt, ops};

/// An owned, mutable platform string: any bytes on Unix.
pub struct OsString {
    inner: Buf,
}

/// A borrowed platform string: any bytes on Unix.
#[repr(transparent)]
pub struct OsStr {
    inner: Slice,
}

#[repr(transparent)]
pub(crate) struct Buf {
    pub(crate) inner: Vec<u8>,
}

#[repr(transparent)]
pub(crate) struct Slice {
    pub(crate) inner: [u8],
}

impl Slice {
    fn from_u8_slice(s: &[u8]) -> &Slice { unsafe { &*(s as *const [u8] as *const Slice) } }
    fn from_u8_slice_mut(s: &mut [u8]) -> &mut Slice { unsafe { &mut *(s as *mut [u8] as *mut Slice) } }
}

impl OsString {
    pub const fn new() -> OsString { OsString { inner: Buf { inner: Vec::new() } } }

    pub unsafe fn from_encoded_bytes_unchecked(bytes: Vec<u8>) -> Self { OsString { inner: Buf { inner: bytes } } }

    pub fn as_os_str(&self) -> &OsStr { self }

    pub fn into_encoded_bytes(self) -> Vec<u8> { self.inner.inner }

    pub fn into_string(self) -> Result<String, OsString> {
        match String::from_utf8(self.inner.inner) {
            Ok(s) => Ok(s),
            Err(e) => Err(OsString { inner: Buf { inner: e.into_bytes() } }),
        }
    }

    pub fn push<T: AsRef<OsStr>>(&mut self, s: T) { self.inner.inner.extend_from_slice(&s.as_ref().inner.inner) }

    pub fn with_capacity(capacity: usize) -> OsString { OsString { inner: Buf { inner: Vec::with_capacity(capacity) } } }

    pub fn clear(&mut self) { self.inner.inner.clear() }

    pub fn capacity(&self) -> usize { self.inner.inner.capacity() }

    pub fn reserve(&mut self, additional: usize) { self.inner.inner.reserve(additional) }

    pub fn try_reserve(&mut self, additional: usize) -> Result<(), TryReserveError> { self.inner.inner.try_reserve(additional) }

    pub fn reserve_exact(&mut self, additional: usize) { self.inner.inner.reserve_exact(additional) }

    pub fn try_reserve_exact(&mut self, additional: usize) -> Result<(), TryReserveError> {
        // Vec::try_reserve_exact: reserve_exact when there is room to grow
        if self.inner.inner.capacity() - self.inner.inner.len() >= additional {
            return Ok(());
        }
        self.inner.inner.reserve_exact(additional);
        Ok(())
    }

    pub fn shrink_to_fit(&mut self) { self.inner.inner.shrink_to_fit() }

    pub fn shrink_to(&mut self, min_capacity: usize) { self.inner.inner.shrink_to(min_capacity) }

    pub fn into_boxed_os_str(self) -> Box<OsStr> {
        let rw = Box::into_raw(self.inner.inner.into_boxed_slice()) as *mut OsStr;
        unsafe { Box::from_raw(rw) }
    }

    pub fn leak<'a>(self) -> &'a mut OsStr { OsStr::from_inner_mut(Slice::from_u8_slice_mut(self.inner.inner.leak())) }

    pub fn as_mut_os_str(&mut self) -> &mut OsStr { self }

    pub(crate) fn truncate(&mut self, len: usize) { self.inner.inner.truncate(len) }

    pub(crate) fn extend_from_slice(&mut self, other: &[u8]) { self.inner.inner.extend_from_slice(other) }
}

impl From<String> for OsString {
    fn from(s: String) -> OsString { OsString { inner: Buf { inner: s.into_bytes() } } }
}

impl<T: ?Sized + AsRef<OsStr>> From<&T> for OsString {
    fn from(s: &T) -> OsString { s.as_ref().to_os_string() }
}

impl ops::Index<ops::RangeFull> for OsString {
    type Output = OsStr;
    fn index(&self, _index: ops::RangeFull) -> &OsStr { OsStr::from_inner(Slice::from_u8_slice(&self.inner.inner)) }
}

impl ops::IndexMut<ops::RangeFull> for OsString {
    fn index_mut(&mut self, _index: ops::RangeFull) -> &mut OsStr { OsStr::from_inner_mut(Slice::from_u8_slice_mut(&mut self.inner.inner)) }
}

impl ops::Deref for OsString {
    type Target = OsStr;
    fn deref(&self) -> &OsStr { &self[..] }
}

impl ops::DerefMut for OsString {
    fn deref_mut(&mut self) -> &mut OsStr { &mut self[..] }
}

impl Default for OsString {
    fn default() -> OsString { OsString::new() }
}

impl Clone for OsString {
    fn clone(&self) -> Self { OsString { inner: Buf { inner: self.inner.inner.clone() } } }
    fn clone_from(&mut self, source: &Self) { self.inner.inner.clone_from(&source.inner.inner) }
}

impl fmt::Debug for OsString {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result { fmt::Debug::fmt(&**self, formatter) }
}

impl PartialEq for OsString {
    fn eq(&self, other: &OsString) -> bool { &**self == &**other }
}

impl PartialEq<str> for OsString {
    fn eq(&self, other: &str) -> bool { &**self == other }
}

impl PartialEq<OsString> for str {
    fn eq(&self, other: &OsString) -> bool { &**other == self }
}

impl PartialEq<&str> for OsString {
    fn eq(&self, other: &&str) -> bool { **self == **other }
}

impl<'a> PartialEq<OsString> for &'a str {
    fn eq(&self, other: &OsString) -> bool { **other == **self }
}

impl Eq for OsString {}

impl PartialOrd for OsString {
    fn partial_cmp(&self, other: &OsString) -> Option<cmp::Ordering> { (&**self).partial_cmp(&**other) }
}

impl PartialOrd<str> for OsString {
    fn partial_cmp(&self, other: &str) -> Option<cmp::Ordering> { (&**self).partial_cmp(other) }
}

impl Ord for OsString {
    fn cmp(&self, other: &OsString) -> cmp::Ordering { (&**self).cmp(&**other) }
}

impl Hash for OsString {
    fn hash<H: Hasher>(&self, state: &mut H) { (&**self).hash(state) }
}

impl fmt::Write for OsString {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.push(s);
        Ok(())
    }
}

impl OsStr {
    pub fn new<S: AsRef<OsStr> + ?Sized>(s: &S) -> &OsStr { s.as_ref() }

    pub unsafe fn from_encoded_bytes_unchecked(bytes: &[u8]) -> &Self { Self::from_inner(Slice::from_u8_slice(bytes)) }

    pub(crate) fn from_bytes(bytes: &[u8]) -> &Self { Self::from_inner(Slice::from_u8_slice(bytes)) }

    fn from_inner(inner: &Slice) -> &OsStr { unsafe { &*(inner as *const Slice as *const OsStr) } }

    fn from_inner_mut(inner: &mut Slice) -> &mut OsStr { unsafe { &mut *(inner as *mut Slice as *mut OsStr) } }

    pub fn to_str(&self) -> Option<&str> { crate::str::from_utf8(&self.inner.inner).ok() }

    pub fn to_string_lossy(&self) -> Cow<'_, str> { String::from_utf8_lossy(&self.inner.inner) }

    pub fn to_os_string(&self) -> OsString { OsString { inner: Buf { inner: self.inner.inner.to_vec() } } }

    pub fn is_empty(&self) -> bool { self.inner.inner.is_empty() }

    pub fn len(&self) -> usize { self.inner.inner.len() }

    pub fn into_os_string(self: Box<Self>) -> OsString {
        let boxed = unsafe { Box::from_raw(crate::intrinsics::transmute_unchecked::<*mut OsStr, *mut [u8]>(Box::into_raw(self))) };
        OsString { inner: Buf { inner: boxed.into_vec() } }
    }

    pub fn as_encoded_bytes(&self) -> &[u8] { &self.inner.inner }

    pub fn make_ascii_lowercase(&mut self) {
        for b in self.inner.inner.iter_mut() {
            b.make_ascii_lowercase();
        }
    }

    pub fn make_ascii_uppercase(&mut self) {
        for b in self.inner.inner.iter_mut() {
            b.make_ascii_uppercase();
        }
    }

    pub fn to_ascii_lowercase(&self) -> OsString {
        let mut s = self.to_os_string();
        s.make_ascii_lowercase();
        s
    }

    pub fn to_ascii_uppercase(&self) -> OsString {
        let mut s = self.to_os_string();
        s.make_ascii_uppercase();
        s
    }

    pub fn is_ascii(&self) -> bool { self.inner.inner.iter().all(|b| b.is_ascii()) }

    pub fn eq_ignore_ascii_case<S: AsRef<OsStr>>(&self, other: S) -> bool {
        let a = &self.inner.inner;
        let b = &other.as_ref().inner.inner;
        a.len() == b.len() && a.iter().zip(b.iter()).all(|(x, y)| x.eq_ignore_ascii_case(y))
    }

    pub fn display(&self) -> Display<'_> { Display { os_str: self } }
}

impl From<&OsStr> for Box<OsStr> {
    fn from(s: &OsStr) -> Box<OsStr> {
        let rw = Box::into_raw(s.inner.inner.to_vec().into_boxed_slice()) as *mut OsStr;
        unsafe { Box::from_raw(rw) }
    }
}

impl From<&mut OsStr> for Box<OsStr> {
    fn from(s: &mut OsStr) -> Box<OsStr> { Self::from(&*s) }
}

impl From<Cow<'_, OsStr>> for Box<OsStr> {
    fn from(cow: Cow<'_, OsStr>) -> Box<OsStr> {
        match cow {
            Cow::Borrowed(s) => Box::from(s),
            Cow::Owned(s) => Box::from(s),
        }
    }
}

impl From<Box<OsStr>> for OsString {
    fn from(boxed: Box<OsStr>) -> OsString { boxed.into_os_string() }
}

impl From<OsString> for Box<OsStr> {
    fn from(s: OsString) -> Box<OsStr> { s.into_boxed_os_str() }
}

impl Clone for Box<OsStr> {
    fn clone(&self) -> Self { self.to_os_string().into_boxed_os_str() }
}

/// An Rc<OsStr> with a copy of the bytes (as Rc<[u8]>::from(&[u8])).
pub(crate) fn rc_from_bytes<T: ?Sized>(bytes: &[u8]) -> Rc<T> {
    let rc: Rc<str> = Rc::from(unsafe { crate::str::from_utf8_unchecked(bytes) });
    unsafe { crate::intrinsics::transmute_unchecked::<Rc<str>, Rc<T>>(rc) }
}

impl From<OsString> for Rc<OsStr> {
    fn from(s: OsString) -> Rc<OsStr> { rc_from_bytes(s.as_encoded_bytes()) }
}

impl From<&OsStr> for Rc<OsStr> {
    fn from(s: &OsStr) -> Rc<OsStr> { rc_from_bytes(s.as_encoded_bytes()) }
}

impl From<&mut OsStr> for Rc<OsStr> {
    fn from(s: &mut OsStr) -> Rc<OsStr> { rc_from_bytes(s.as_encoded_bytes()) }
}

// ARC-BEGIN (the Arc conversions; sync::Arc)
/// An Arc<T> over a copy of the bytes (as Arc<[u8]>::from(&[u8])), T being OsStr, Path or CStr.
pub(crate) fn arc_from_bytes<T: ?Sized>(bytes: &[u8]) -> crate::sync::Arc<T> {
    let arc: crate::sync::Arc<[u8]> = <crate::sync::Arc<[u8]> as From<&[u8]>>::from(bytes);
    unsafe { crate::intrinsics::transmute_unchecked::<crate::sync::Arc<[u8]>, crate::sync::Arc<T>>(arc) }
}

impl From<OsString> for crate::sync::Arc<OsStr> {
    fn from(s: OsString) -> crate::sync::Arc<OsStr> { arc_from_bytes(s.as_encoded_bytes()) }
}

impl From<&OsStr> for crate::sync::Arc<OsStr> {
    fn from(s: &OsStr) -> crate::sync::Arc<OsStr> { arc_from_bytes(s.as_encoded_bytes()) }
}

impl From<&mut OsStr> for crate::sync::Arc<OsStr> {
    fn from(s: &mut OsStr) -> crate::sync::Arc<OsStr> { arc_from_bytes(s.as_encoded_bytes()) }
}
// ARC-END

impl<'a> From<OsString> for Cow<'a, OsStr> {
    fn from(s: OsString) -> Cow<'a, OsStr> { Cow::Owned(s) }
}

impl<'a> From<&'a OsStr> for Cow<'a, OsStr> {
    fn from(s: &'a OsStr) -> Cow<'a, OsStr> { Cow::Borrowed(s) }
}

impl<'a> From<&'a OsString> for Cow<'a, OsStr> {
    fn from(s: &'a OsString) -> Cow<'a, OsStr> { Cow::Borrowed(s.as_os_str()) }
}

impl<'a> From<Cow<'a, OsStr>> for OsString {
    fn from(s: Cow<'a, OsStr>) -> Self { s.into_owned() }
}

impl<'a> TryFrom<&'a OsStr> for &'a str {
    type Error = crate::str::Utf8Error;
    fn try_from(value: &'a OsStr) -> Result<Self, Self::Error> { crate::str::from_utf8(&value.inner.inner) }
}

impl Default for Box<OsStr> {
    fn default() -> Box<OsStr> { OsString::new().into_boxed_os_str() }
}

impl Default for &OsStr {
    fn default() -> Self { OsStr::new("") }
}

impl PartialEq for OsStr {
    fn eq(&self, other: &OsStr) -> bool { self.as_encoded_bytes().eq(other.as_encoded_bytes()) }
}

impl PartialEq<str> for OsStr {
    fn eq(&self, other: &str) -> bool { *self == *OsStr::new(other) }
}

impl PartialEq<OsStr> for str {
    fn eq(&self, other: &OsStr) -> bool { *other == *OsStr::new(self) }
}

impl Eq for OsStr {}

impl PartialOrd for OsStr {
    fn partial_cmp(&self, other: &OsStr) -> Option<cmp::Ordering> { self.as_encoded_bytes().partial_cmp(other.as_encoded_bytes()) }
}

impl PartialOrd<str> for OsStr {
    fn partial_cmp(&self, other: &str) -> Option<cmp::Ordering> { self.partial_cmp(OsStr::new(other)) }
}

impl Ord for OsStr {
    fn cmp(&self, other: &OsStr) -> cmp::Ordering { self.as_encoded_bytes().cmp(other.as_encoded_bytes()) }
}

macro_rules! os_str_impl_cmp {
    ($lhs:ty, $rhs: ty) => {
        impl PartialEq<$rhs> for $lhs {
            fn eq(&self, other: &$rhs) -> bool { <OsStr as PartialEq<OsStr>>::eq(self, other) }
        }

        impl PartialEq<$lhs> for $rhs {
            fn eq(&self, other: &$lhs) -> bool { <OsStr as PartialEq<OsStr>>::eq(self, other) }
        }

        impl PartialOrd<$rhs> for $lhs {
            fn partial_cmp(&self, other: &$rhs) -> Option<cmp::Ordering> { <OsStr as PartialOrd<OsStr>>::partial_cmp(self, other) }
        }

        impl PartialOrd<$lhs> for $rhs {
            fn partial_cmp(&self, other: &$lhs) -> Option<cmp::Ordering> { <OsStr as PartialOrd<OsStr>>::partial_cmp(self, other) }
        }
    };
}

os_str_impl_cmp!(OsString, OsStr);
os_str_impl_cmp!(OsString, &OsStr);
os_str_impl_cmp!(Cow<'_, OsStr>, OsStr);
os_str_impl_cmp!(Cow<'_, OsStr>, &OsStr);
os_str_impl_cmp!(Cow<'_, OsStr>, OsString);

impl Hash for OsStr {
    fn hash<H: Hasher>(&self, state: &mut H) { self.as_encoded_bytes().hash(state) }
}

impl fmt::Debug for OsStr {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result { super::bytes::debug_utf8_chunks(&self.inner.inner, formatter) }
}

/// An OsStr shown with Display: invalid UTF-8 as U+FFFD (OsStr::display).
pub struct Display<'a> {
    os_str: &'a OsStr,
}

impl fmt::Debug for Display<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { fmt::Debug::fmt(&self.os_str, f) }
}

impl fmt::Display for Display<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { super::bytes::display_lossy(&self.os_str.inner.inner, f) }
}

impl<S: Borrow<OsStr>> crate::slice::Join<&OsStr> for [S] {
    type Output = OsString;

    fn join(slice: &Self, sep: &OsStr) -> OsString {
        let Some((first, suffix)) = slice.split_first() else {
            return OsString::new();
        };
        let first_owned = first.borrow().to_owned();
        suffix.iter().fold(first_owned, |mut a, b| {
            a.push(sep);
            a.push(b.borrow());
            a
        })
    }
}

impl Borrow<OsStr> for OsString {
    fn borrow(&self) -> &OsStr { &self[..] }
}

impl ToOwned for OsStr {
    type Owned = OsString;
    fn to_owned(&self) -> OsString { self.to_os_string() }
    fn clone_into(&self, target: &mut OsString) { self.inner.inner.clone_into(&mut target.inner.inner) }
}

impl AsRef<OsStr> for OsStr {
    fn as_ref(&self) -> &OsStr { self }
}

impl AsRef<OsStr> for OsString {
    fn as_ref(&self) -> &OsStr { self }
}

impl AsRef<OsStr> for str {
    fn as_ref(&self) -> &OsStr { OsStr::from_inner(Slice::from_u8_slice(self.as_bytes())) }
}

impl AsRef<OsStr> for String {
    fn as_ref(&self) -> &OsStr { (&**self).as_ref() }
}

impl FromStr for OsString {
    type Err = crate::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> { Ok(OsString::from(s)) }
}

impl Extend<OsString> for OsString {
    fn extend<T: IntoIterator<Item = OsString>>(&mut self, iter: T) {
        for s in iter {
            self.push(&s);
        }
    }
}

impl<'a> Extend<&'a OsStr> for OsString {
    fn extend<T: IntoIterator<Item = &'a OsStr>>(&mut self, iter: T) {
        for s in iter {
            self.push(s);
        }
    }
}

impl<'a> Extend<Cow<'a, OsStr>> for OsString {
    fn extend<T: IntoIterator<Item = Cow<'a, OsStr>>>(&mut self, iter: T) {
        for s in iter {
            self.push(&s);
        }
    }
}

impl FromIterator<OsString> for OsString {
    fn from_iter<I: IntoIterator<Item = OsString>>(iter: I) -> Self {
        let mut iterator = iter.into_iter();
        match iterator.next() {
            None => OsString::new(),
            Some(mut buf) => {
                buf.extend(iterator);
                buf
            }
        }
    }
}

impl<'a> FromIterator<&'a OsStr> for OsString {
    fn from_iter<I: IntoIterator<Item = &'a OsStr>>(iter: I) -> Self {
        let mut buf = Self::new();
        for s in iter {
            buf.push(s);
        }
        buf
    }
}

impl<'a> FromIterator<Cow<'a, OsStr>> for OsString {
    fn from_iter<I: IntoIterator<Item = Cow<'a, OsStr>>>(iter: I) -> Self {
        let mut iterator = iter.into_iter();
        match iterator.next() {
            None => OsString::new(),
            Some(Cow::Owned(mut buf)) => {
                buf.extend(iterator);
                buf
            }
            Some(Cow::Borrowed(buf)) => {
                let mut buf = OsString::from(buf);
                buf.extend(iterator);
                buf
            }
        }
    }
}
