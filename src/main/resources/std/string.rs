// String: a Vec<u8> of UTF-8 (alloc::string), its methods and trait impls, and ToString.
use crate::fmt;
use crate::ops::{self, Deref, DerefMut, Index, IndexMut};
use crate::ptr;
use crate::str::Pattern;
use crate::vec::Vec;
use crate::hash::Hash;

#[lang = "String"]
#[derive(PartialEq, PartialOrd, Eq, Ord)]
pub struct String {
    vec: Vec<u8>,
}

impl String {
    pub const fn new() -> String { String { vec: Vec::new() } }
    #[track_caller]
    pub fn with_capacity(capacity: usize) -> String { String { vec: Vec::with_capacity(capacity) } }
    pub fn from_utf8(vec: Vec<u8>) -> Result<String, FromUtf8Error> {
        match crate::str::from_utf8(&vec) {
            Ok(..) => Ok(String { vec }),
            Err(e) => Err(FromUtf8Error { bytes: vec, error: e }),
        }
    }
    pub fn from_utf8_lossy(v: &[u8]) -> crate::borrow::Cow<'_, str> {
        match crate::str::from_utf8(v) {
            Ok(s) => crate::borrow::Cow::Borrowed(s),
            Err(_) => {
                let mut res = String::with_capacity(v.len());
                let mut rest = v;
                loop {
                    match crate::str::from_utf8(rest) {
                        Ok(s) => {
                            res.push_str(s);
                            break;
                        }
                        Err(e) => {
                            let valid = e.valid_up_to();
                            res.push_str(unsafe { crate::str::from_utf8_unchecked(&rest[..valid]) });
                            res.push_str("\u{FFFD}");
                            match e.error_len() {
                                Some(n) => rest = &rest[valid + n..],
                                None => break,
                            }
                        }
                    }
                }
                crate::borrow::Cow::Owned(res)
            }
        }
    }
    pub unsafe fn from_utf8_unchecked(bytes: Vec<u8>) -> String { String { vec: bytes } }
    pub unsafe fn from_raw_parts(buf: *mut u8, length: usize, capacity: usize) -> String {
        unsafe { String { vec: Vec::from_raw_parts(buf, length, capacity) } }
    }
    pub fn into_bytes(self) -> Vec<u8> { self.vec }
    pub fn as_str(&self) -> &str { unsafe { crate::str::from_utf8_unchecked(self.vec.as_slice()) } }
    pub fn as_mut_str(&mut self) -> &mut str { unsafe { crate::str::from_utf8_unchecked_mut(self.vec.as_mut_slice()) } }
    #[track_caller]
    pub fn push_str(&mut self, string: &str) { self.vec.extend_from_slice(string.as_bytes()) }
    pub fn capacity(&self) -> usize { self.vec.capacity() }
    #[track_caller]
    pub fn reserve(&mut self, additional: usize) { self.vec.reserve(additional) }
    #[track_caller]
    pub fn reserve_exact(&mut self, additional: usize) { self.vec.reserve_exact(additional) }
    pub fn shrink_to_fit(&mut self) { self.vec.shrink_to_fit() }
    pub fn shrink_to(&mut self, min_capacity: usize) { self.vec.shrink_to(min_capacity) }
    #[track_caller]
    pub fn push(&mut self, ch: char) {
        match ch.len_utf8() {
            1 => self.vec.push(ch as u8),
            _ => self.vec.extend_from_slice(ch.encode_utf8(&mut [0; 4]).as_bytes()),
        }
    }
    pub fn as_bytes(&self) -> &[u8] { self.vec.as_slice() }
    pub unsafe fn as_mut_vec(&mut self) -> &mut Vec<u8> { &mut self.vec }
    #[track_caller]
    pub fn truncate(&mut self, new_len: usize) {
        if new_len <= self.len() {
            assert!(self.is_char_boundary(new_len));
            self.vec.truncate(new_len)
        }
    }
    pub fn pop(&mut self) -> Option<char> {
        let ch = self.chars().rev().next()?;
        let newlen = self.len() - ch.len_utf8();
        unsafe { self.vec.set_len(newlen) };
        Some(ch)
    }
    #[track_caller]
    pub fn remove(&mut self, idx: usize) -> char {
        let ch = match self[idx..].chars().next() {
            Some(ch) => ch,
            None => panic!("cannot remove a char from the end of a string"),
        };
        let next = idx + ch.len_utf8();
        let len = self.len();
        unsafe {
            ptr::copy(self.vec.as_ptr().add(next), self.vec.as_mut_ptr().add(idx), len - next);
            self.vec.set_len(len - (next - idx));
        }
        ch
    }
    pub fn retain<F: FnMut(char) -> bool>(&mut self, mut f: F) {
        struct SetLenOnDrop<'a> {
            s: &'a mut String,
            idx: usize,
            del_bytes: usize,
        }

        impl<'a> Drop for SetLenOnDrop<'a> {
            fn drop(&mut self) {
                let new_len = self.idx - self.del_bytes;
                unsafe { self.s.vec.set_len(new_len) };
            }
        }

        let len = self.len();
        let mut guard = SetLenOnDrop { s: self, idx: 0, del_bytes: 0 };
        while guard.idx < len {
            let ch = unsafe { guard.s.get_unchecked(guard.idx..len).chars().next().unwrap_unchecked() };
            let ch_len = ch.len_utf8();
            if !f(ch) {
                guard.del_bytes += ch_len;
            } else if guard.del_bytes > 0 {
                ch.encode_utf8(unsafe {
                    crate::slice::from_raw_parts_mut(guard.s.vec.as_mut_ptr().add(guard.idx - guard.del_bytes), ch.len_utf8())
                });
            }
            guard.idx += ch_len;
        }
        drop(guard);
    }
    #[track_caller]
    pub fn insert(&mut self, idx: usize, ch: char) {
        assert!(self.is_char_boundary(idx));
        let mut bits = [0; 4];
        let bits = ch.encode_utf8(&mut bits).as_bytes();
        unsafe { self.insert_bytes(idx, bits) };
    }
    #[track_caller]
    pub fn insert_str(&mut self, idx: usize, string: &str) {
        assert!(self.is_char_boundary(idx));
        unsafe { self.insert_bytes(idx, string.as_bytes()) };
    }
    unsafe fn insert_bytes(&mut self, idx: usize, bytes: &[u8]) {
        let len = self.len();
        let amt = bytes.len();
        self.vec.reserve(amt);
        unsafe {
            ptr::copy(self.vec.as_ptr().add(idx), self.vec.as_mut_ptr().add(idx + amt), len - idx);
            ptr::copy_nonoverlapping(bytes.as_ptr(), self.vec.as_mut_ptr().add(idx), amt);
            self.vec.set_len(len + amt);
        }
    }
    pub fn len(&self) -> usize { self.vec.len() }
    pub fn is_empty(&self) -> bool { self.len() == 0 }
    #[track_caller]
    pub fn split_off(&mut self, at: usize) -> String {
        assert!(self.is_char_boundary(at));
        let other = self.vec.split_off(at);
        unsafe { String::from_utf8_unchecked(other) }
    }
    pub fn clear(&mut self) { self.vec.clear() }
    #[track_caller]
    pub fn drain<R: ops::RangeBounds<usize>>(&mut self, range: R) -> Drain<'_> {
        let ops::Range { start, end } = ops::to_range(range, self.len());
        assert!(self.is_char_boundary(start));
        assert!(self.is_char_boundary(end));
        let self_ptr = self as *mut _;
        let chars_iter = unsafe { self.get_unchecked(start..end) }.chars();
        Drain { start, end, iter: chars_iter, string: self_ptr }
    }
    #[track_caller]
    pub fn replace_range<R: ops::RangeBounds<usize>>(&mut self, range: R, replace_with: &str) {
        let checked_range = ops::to_range(range, self.len());
        assert!(self.is_char_boundary(checked_range.start), "start of range should be a character boundary");
        assert!(self.is_char_boundary(checked_range.end), "end of range should be a character boundary");
        unsafe { self.as_mut_vec() }.splice(checked_range, replace_with.bytes());
    }
    pub fn from_utf16(v: &[u16]) -> Result<String, FromUtf16Error> {
        let mut ret = String::with_capacity(v.len());
        for c in crate::char::decode_utf16(v.iter().cloned()) {
            let Ok(c) = c else {
                return Err(FromUtf16Error(()));
            };
            ret.push(c);
        }
        Ok(ret)
    }
    pub fn from_utf16_lossy(v: &[u16]) -> String {
        crate::char::decode_utf16(v.iter().cloned()).map(|r| r.unwrap_or(crate::char::REPLACEMENT_CHARACTER)).collect()
    }
    pub fn into_raw_parts(self) -> (*mut u8, usize, usize) { self.vec.into_raw_parts() }
    pub fn try_reserve(&mut self, additional: usize) -> Result<(), crate::collections::TryReserveError> { self.vec.try_reserve(additional) }
    pub fn try_reserve_exact(&mut self, additional: usize) -> Result<(), crate::collections::TryReserveError> {
        self.vec.try_reserve_exact(additional)
    }
    pub fn into_boxed_str(self) -> crate::boxed::Box<str> {
        let slice = self.vec.into_boxed_slice();
        unsafe { crate::boxed::Box::from_raw(crate::boxed::Box::into_raw(slice) as *mut str) }
    }
    pub fn leak<'a>(self) -> &'a mut str {
        let slice = self.vec.leak();
        unsafe { crate::str::from_utf8_unchecked_mut(slice) }
    }
    pub fn extend_from_within<R: ops::RangeBounds<usize>>(&mut self, src: R) {
        let ops::Range { start, end } = ops::to_range(src, self.len());
        self.vec.extend_from_within(start..end);
    }
}

/// A possible error value when converting a String from a UTF-16 byte slice.
#[derive(Debug)]
pub struct FromUtf16Error(());

impl fmt::Display for FromUtf16Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { fmt::Display::fmt("invalid utf-16: lone surrogate found", f) }
}

impl crate::error::Error for FromUtf16Error {}

/// A draining iterator for String (alloc::string::Drain): the range is removed when it is dropped.
pub struct Drain<'a> {
    string: *mut String,
    start: usize,
    end: usize,
    iter: crate::str::Chars<'a>,
}

impl fmt::Debug for Drain<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.debug_tuple("Drain").field(&self.as_str()).finish() }
}

unsafe impl Sync for Drain<'_> {}
unsafe impl Send for Drain<'_> {}

impl Drop for Drain<'_> {
    fn drop(&mut self) {
        unsafe {
            let self_vec = (*self.string).as_mut_vec();
            if self.start <= self.end && self.end <= self_vec.len() {
                self_vec.drain(self.start..self.end);
            }
        }
    }
}

impl<'a> Drain<'a> {
    pub fn as_str(&self) -> &str { self.iter.as_str() }
}

impl<'a> AsRef<str> for Drain<'a> {
    fn as_ref(&self) -> &str { self.as_str() }
}

impl<'a> AsRef<[u8]> for Drain<'a> {
    fn as_ref(&self) -> &[u8] { self.as_str().as_bytes() }
}

impl Iterator for Drain<'_> {
    type Item = char;
    fn next(&mut self) -> Option<char> { self.iter.next() }
    fn size_hint(&self) -> (usize, Option<usize>) { self.iter.size_hint() }
    fn last(mut self) -> Option<char> { self.next_back() }
}

impl DoubleEndedIterator for Drain<'_> {
    fn next_back(&mut self) -> Option<char> { self.iter.next_back() }
}

impl crate::iter::FusedIterator for Drain<'_> {}

#[derive(Debug, PartialEq, Eq, Clone)]
pub struct FromUtf8Error {
    bytes: Vec<u8>,
    error: crate::str::Utf8Error,
}

impl FromUtf8Error {
    pub fn as_bytes(&self) -> &[u8] { &self.bytes[..] }
    pub fn into_bytes(self) -> Vec<u8> { self.bytes }
    pub fn utf8_error(&self) -> crate::str::Utf8Error { self.error }
}

impl fmt::Display for FromUtf8Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { fmt::Display::fmt(&self.error, f) }
}

impl crate::error::Error for FromUtf8Error {}

impl Clone for String {
    #[track_caller]
    fn clone(&self) -> Self { String { vec: self.vec.clone() } }
    fn clone_from(&mut self, source: &Self) {
        self.vec.clear();
        self.vec.extend_from_slice(&source.vec);
    }
}

impl Default for String {
    fn default() -> String { String::new() }
}

impl Deref for String {
    type Target = str;
    fn deref(&self) -> &str { self.as_str() }
}

impl DerefMut for String {
    fn deref_mut(&mut self) -> &mut str { self.as_mut_str() }
}

impl<I: crate::slice::SliceIndex<str>> Index<I> for String {
    type Output = I::Output;
    #[track_caller]
    fn index(&self, index: I) -> &I::Output { index.index(self.as_str()) }
}

impl<I: crate::slice::SliceIndex<str>> IndexMut<I> for String {
    #[track_caller]
    fn index_mut(&mut self, index: I) -> &mut I::Output { index.index_mut(self.as_mut_str()) }
}

impl fmt::Display for String {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { fmt::Display::fmt(self.as_str(), f) }
}

impl fmt::Debug for String {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { fmt::Debug::fmt(self.as_str(), f) }
}

impl fmt::Write for String {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.push_str(s);
        Ok(())
    }
    fn write_char(&mut self, c: char) -> fmt::Result {
        self.push(c);
        Ok(())
    }
}

impl crate::hash::Hash for String {
    fn hash<H: crate::hash::Hasher>(&self, hasher: &mut H) { (**self).hash(hasher) }
}

impl PartialEq<str> for String {
    fn eq(&self, other: &str) -> bool { self.as_str() == other }
}
impl PartialEq<&str> for String {
    fn eq(&self, other: &&str) -> bool { self.as_str() == *other }
}
impl PartialEq<String> for str {
    fn eq(&self, other: &String) -> bool { self == other.as_str() }
}
impl PartialEq<String> for &str {
    fn eq(&self, other: &String) -> bool { *self == other.as_str() }
}
impl PartialEq<crate::borrow::Cow<'_, str>> for String {
    fn eq(&self, other: &crate::borrow::Cow<'_, str>) -> bool { self.as_str() == &**other }
}

impl AsRef<str> for String {
    fn as_ref(&self) -> &str { self }
}
impl AsMut<str> for String {
    fn as_mut(&mut self) -> &mut str { self }
}
impl AsRef<[u8]> for String {
    fn as_ref(&self) -> &[u8] { self.as_bytes() }
}
impl crate::borrow::Borrow<str> for String {
    fn borrow(&self) -> &str { &self[..] }
}
impl crate::borrow::BorrowMut<str> for String {
    fn borrow_mut(&mut self) -> &mut str { &mut self[..] }
}

impl From<&str> for String {
    #[track_caller]
    fn from(s: &str) -> String {
        let mut v = Vec::with_capacity(s.len());
        v.extend_from_slice(s.as_bytes());
        String { vec: v }
    }
}
impl From<&mut str> for String {
    fn from(s: &mut str) -> String { String::from(&*s) }
}
impl From<&String> for String {
    fn from(s: &String) -> String { s.clone() }
}
impl From<char> for String {
    fn from(c: char) -> String {
        let mut s = String::new();
        s.push(c);
        s
    }
}
impl From<crate::boxed::Box<str>> for String {
    fn from(s: crate::boxed::Box<str>) -> String { s.into_string() }
}
impl From<String> for Vec<u8> {
    fn from(string: String) -> Vec<u8> { string.into_bytes() }
}
impl<'a> From<crate::borrow::Cow<'a, str>> for String {
    fn from(s: crate::borrow::Cow<'a, str>) -> String { s.into_owned() }
}

impl crate::str::FromStr for String {
    type Err = crate::convert::Infallible;
    fn from_str(s: &str) -> Result<String, Self::Err> { Ok(String::from(s)) }
}

impl ops::Add<&str> for String {
    type Output = String;
    #[track_caller]
    fn add(mut self, other: &str) -> String {
        self.push_str(other);
        self
    }
}

impl ops::AddAssign<&str> for String {
    #[track_caller]
    fn add_assign(&mut self, other: &str) { self.push_str(other); }
}

impl Extend<char> for String {
    fn extend<I: IntoIterator<Item = char>>(&mut self, iter: I) {
        let iterator = iter.into_iter();
        let (lower_bound, _) = iterator.size_hint();
        self.reserve(lower_bound);
        iterator.for_each(move |c| self.push(c));
    }
    fn extend_one(&mut self, c: char) { self.push(c); }
    fn extend_reserve(&mut self, additional: usize) { self.reserve(additional); }
}

impl<'a> Extend<&'a char> for String {
    fn extend<I: IntoIterator<Item = &'a char>>(&mut self, iter: I) { self.extend(iter.into_iter().cloned()); }
}

impl<'a> Extend<&'a str> for String {
    fn extend<I: IntoIterator<Item = &'a str>>(&mut self, iter: I) { iter.into_iter().for_each(move |s| self.push_str(s)); }
}

impl Extend<String> for String {
    fn extend<I: IntoIterator<Item = String>>(&mut self, iter: I) { iter.into_iter().for_each(move |s| self.push_str(&s)); }
}

impl<'a> Extend<&'a String> for String {
    fn extend<I: IntoIterator<Item = &'a String>>(&mut self, iter: I) { iter.into_iter().for_each(move |s| self.push_str(s)); }
}

impl FromIterator<char> for String {
    fn from_iter<I: IntoIterator<Item = char>>(iter: I) -> String {
        let mut buf = String::new();
        buf.extend(iter);
        buf
    }
}

impl<'a> FromIterator<&'a char> for String {
    fn from_iter<I: IntoIterator<Item = &'a char>>(iter: I) -> String {
        let mut buf = String::new();
        buf.extend(iter);
        buf
    }
}

impl<'a> FromIterator<&'a str> for String {
    fn from_iter<I: IntoIterator<Item = &'a str>>(iter: I) -> String {
        let mut buf = String::new();
        buf.extend(iter);
        buf
    }
}

impl FromIterator<String> for String {
    fn from_iter<I: IntoIterator<Item = String>>(iter: I) -> String {
        let mut iterator = iter.into_iter();
        match iterator.next() {
            None => String::new(),
            Some(mut buf) => {
                buf.extend(iterator);
                buf
            }
        }
    }
}

impl<'a> FromIterator<&'a String> for String {
    fn from_iter<I: IntoIterator<Item = &'a String>>(iter: I) -> String {
        let mut buf = String::new();
        buf.extend(iter);
        buf
    }
}

impl<'a> FromIterator<crate::borrow::Cow<'a, str>> for String {
    fn from_iter<I: IntoIterator<Item = crate::borrow::Cow<'a, str>>>(iter: I) -> String {
        let mut buf = String::new();
        for s in iter {
            buf.push_str(&s);
        }
        buf
    }
}

// ------------------------------------------------------------------ ToString

pub trait ToString {
    fn to_string(&self) -> String;
}

impl<T: fmt::Display + ?Sized> ToString for T {
    /// Through Display into a String starting empty, except for the types std specializes (SpecToString), which
    /// give the same text in one allocation sized otherwise: strings, `String` and `Cow<str>` exactly, `char` and
    /// `bool` exactly, unsigned integers exactly, signed ones to the digits of their type's MAX (and a sign),
    /// `fmt::Arguments` through `fmt::format`.
    #[track_caller]
    fn to_string(&self) -> String {
        if let Some(s) = spec_to_string(self) {
            return s;
        }
        let mut buf = String::new();
        let mut formatter = fmt::Formatter::new(&mut buf);
        fmt::Display::fmt(self, &mut formatter).expect("a Display implementation returned an error unexpectedly");
        buf
    }
}

/// `x` as a `&U` when T is U (checked by the caller with type_id).
fn same<T: ?Sized, U: ?Sized>(x: &T) -> &U { unsafe { crate::intrinsics::transmute_unchecked::<&T, &U>(x) } }

/// std's SpecToString impls, found by the type (rustmem's std has no specialization).
fn spec_to_string<T: ?Sized>(x: &T) -> Option<String> {
    use crate::intrinsics::type_id;
    let t = type_id::<T>();
    macro_rules! strings {
        ($($ty:ty),*) => { $( if t == type_id::<$ty>() { return Some(String::from(AsRef::<str>::as_ref(same::<T, $ty>(x)))); } )* };
    }
    // std generates twelve layers of `&` around str
    strings!(str, &str, &&str, &&&str, &&&&str, &&&&&str, &&&&&&str, &&&&&&&str, &&&&&&&&str, &&&&&&&&&str, &&&&&&&&&&str,
        &&&&&&&&&&&str, &&&&&&&&&&&&str);
    if t == type_id::<String>() { return Some(String::from(same::<T, String>(x).as_str())); }
    if t == type_id::<crate::borrow::Cow<'_, str>>() { return Some(String::from(&**same::<T, crate::borrow::Cow<'_, str>>(x))); }
    if t == type_id::<char>() {
        let mut b = [0u8; 4];
        return Some(String::from(&*same::<T, char>(x).encode_utf8(&mut b)));
    }
    if t == type_id::<bool>() { return Some(String::from(if *same::<T, bool>(x) { "true" } else { "false" })); }
    if t == type_id::<fmt::Arguments<'_>>() { return Some(fmt::format(*same::<T, fmt::Arguments<'_>>(x))); }
    macro_rules! unsigned {
        ($($ty:ty),*) => { $( if t == type_id::<$ty>() { return Some(int_to_string(false, *same::<T, $ty>(x) as u128, 0, false)); } )* };
    }
    unsigned!(u8, u16, u32, u64, usize, u128);
    macro_rules! signed {
        ($($ty:ident),*) => { $( if t == type_id::<$ty>() {
            let v = *same::<T, $ty>(x);
            return Some(int_to_string(v < 0, v.unsigned_abs() as u128, $ty::MAX.ilog10() as usize + 1, true));
        } )* };
    }
    signed!(i8, i16, i32, i64, isize, i128);
    None
}

/// An integer's decimal digits in a String: an unsigned one exactly, a signed one with room for `size` digits (and
/// the sign), as std's SpecToString impls allocate.
fn int_to_string(negative: bool, n: u128, size: usize, signed: bool) -> String {
    let mut buf = [0u8; 40];
    let start = crate::fmt::num::decimal_digits(n, &mut buf);
    let digits = unsafe { crate::str::from_utf8_unchecked(&buf[start..]) };
    if !signed {
        return String::from(digits);
    }
    let mut out = String::with_capacity(if negative { size + 1 } else { size });
    if negative {
        out.push('-');
    }
    out.push_str(digits);
    out
}

// ------------------------------------------------------------------ joining strings

impl<S: crate::borrow::Borrow<str>> crate::slice::Concat<str> for [S] {
    type Output = String;
    fn concat(slice: &Self) -> String {
        let mut size = 0;
        for s in slice.iter() {
            size = size + s.borrow().len();
        }
        let mut result = String::with_capacity(size);
        for s in slice.iter() {
            result.push_str(s.borrow());
        }
        result
    }
}

impl<S: crate::borrow::Borrow<str>> crate::slice::Join<&str> for [S] {
    type Output = String;
    fn join(slice: &Self, sep: &str) -> String {
        if slice.is_empty() {
            return String::new();
        }
        let mut size = sep.len() * (slice.len() - 1);
        for s in slice.iter() {
            size = size + s.borrow().len();
        }
        let mut result = String::with_capacity(size);
        let mut first = true;
        for s in slice.iter() {
            if !first {
                result.push_str(sep);
            }
            first = false;
            result.push_str(s.borrow());
        }
        result
    }
}

impl<S: crate::borrow::Borrow<str>> crate::slice::Join<char> for [S] {
    type Output = String;
    fn join(slice: &Self, sep: char) -> String {
        let mut buf = [0u8; 4];
        let sep = sep.encode_utf8(&mut buf);
        crate::slice::Join::join(slice, &*sep)
    }
}

