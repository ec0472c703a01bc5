// str: its methods, UTF-8 validation, indexing by byte ranges (on char boundaries), patterns (pattern.rs)
// and the iterators (iter.rs).
use crate::fmt;
use crate::ops;
use crate::fmt::Display;
use crate::slice::SliceIndex;

mod iter;
mod pattern;
pub use iter::*;
pub use pattern::Pattern;

pub trait FromStr: Sized {
    type Err;
    fn from_str(s: &str) -> Result<Self, Self::Err>;
}

impl FromStr for bool {
    type Err = ParseBoolError;
    fn from_str(s: &str) -> Result<bool, ParseBoolError> {
        match s {
            "true" => Ok(true),
            "false" => Ok(false),
            _ => Err(ParseBoolError),
        }
    }
}

#[def_path = "core::str::error"]

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseBoolError;

impl fmt::Display for ParseBoolError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { "provided string was not `true` or `false`".fmt(f) }
}

impl crate::error::Error for ParseBoolError {}

#[def_path = "core::str::error"]

#[derive(Copy, Eq, PartialEq, Clone, Debug)]
pub struct Utf8Error {
    valid_up_to: usize,
    error_len: Option<u8>,
}

impl Utf8Error {
    pub const fn valid_up_to(&self) -> usize { self.valid_up_to }
    pub const fn error_len(&self) -> Option<usize> {
        match self.error_len {
            Some(len) => Some(len as usize),
            None => None,
        }
    }
}

impl fmt::Display for Utf8Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(error_len) = self.error_len {
            write!(f, "invalid utf-8 sequence of {} bytes from index {}", error_len, self.valid_up_to)
        } else {
            write!(f, "incomplete utf-8 byte sequence from index {}", self.valid_up_to)
        }
    }
}

impl crate::error::Error for Utf8Error {}

/// UTF-8 validation as core's run_utf8_validation: the first invalid sequence's position and length.
fn run_utf8_validation(v: &[u8]) -> Result<(), Utf8Error> {
    let mut index = 0;
    let len = v.len();
    while index < len {
        let old_offset = index;
        let first = v[index];
        if first >= 128 {
            let w = utf8_char_width(first);
            macro_rules! err {
                ($error_len:expr) => {
                    return Err(Utf8Error { valid_up_to: old_offset, error_len: $error_len })
                };
            }
            macro_rules! next {
                () => {{
                    index = index + 1;
                    if index >= len {
                        err!(None)
                    }
                    v[index]
                }};
            }
            match w {
                2 => {
                    if next!() as i8 >= -64 {
                        err!(Some(1))
                    }
                }
                3 => {
                    match (first, next!()) {
                        (0xE0, 0xA0..=0xBF) | (0xE1..=0xEC, 0x80..=0xBF) | (0xED, 0x80..=0x9F) | (0xEE..=0xEF, 0x80..=0xBF) => {}
                        _ => err!(Some(1)),
                    }
                    if next!() as i8 >= -64 {
                        err!(Some(2))
                    }
                }
                4 => {
                    match (first, next!()) {
                        (0xF0, 0x90..=0xBF) | (0xF1..=0xF3, 0x80..=0xBF) | (0xF4, 0x80..=0x8F) => {}
                        _ => err!(Some(1)),
                    }
                    if next!() as i8 >= -64 {
                        err!(Some(2))
                    }
                    if next!() as i8 >= -64 {
                        err!(Some(3))
                    }
                }
                _ => err!(Some(1)),
            }
        }
        index = index + 1;
    }
    Ok(())
}

pub const fn utf8_char_width(b: u8) -> usize {
    if b < 0x80 { 1 } else if b < 0xC2 { 0 } else if b < 0xE0 { 2 } else if b < 0xF0 { 3 } else if b < 0xF5 { 4 } else { 0 }
}

pub fn from_utf8(v: &[u8]) -> Result<&str, Utf8Error> {
    match run_utf8_validation(v) {
        Ok(_) => Ok(unsafe { from_utf8_unchecked(v) }),
        Err(err) => Err(err),
    }
}

pub fn from_utf8_mut(v: &mut [u8]) -> Result<&mut str, Utf8Error> {
    match run_utf8_validation(v) {
        Ok(_) => Ok(unsafe { from_utf8_unchecked_mut(v) }),
        Err(err) => Err(err),
    }
}

pub const unsafe fn from_utf8_unchecked(v: &[u8]) -> &str { unsafe { &*(v as *const [u8] as *const str) } }
pub unsafe fn from_utf8_unchecked_mut(v: &mut [u8]) -> &mut str { unsafe { &mut *(v as *mut [u8] as *mut str) } }

impl str {
    pub fn from_utf8(v: &[u8]) -> Result<&str, Utf8Error> { from_utf8(v) }
    pub fn from_utf8_mut(v: &mut [u8]) -> Result<&mut str, Utf8Error> { from_utf8_mut(v) }
    pub const unsafe fn from_utf8_unchecked(v: &[u8]) -> &str { unsafe { from_utf8_unchecked(v) } }
    pub unsafe fn from_utf8_unchecked_mut(v: &mut [u8]) -> &mut str { unsafe { from_utf8_unchecked_mut(v) } }
    pub const fn len(&self) -> usize { self.as_bytes().len() }
    pub const fn is_empty(&self) -> bool { self.len() == 0 }
    pub const fn as_bytes(&self) -> &[u8] { unsafe { &*(self as *const str as *const [u8]) } }
    pub unsafe fn as_bytes_mut(&mut self) -> &mut [u8] { unsafe { &mut *(self as *mut str as *mut [u8]) } }
    pub const fn as_ptr(&self) -> *const u8 { self as *const str as *const u8 }
    pub fn as_mut_ptr(&mut self) -> *mut u8 { self as *mut str as *mut u8 }

    pub fn is_char_boundary(&self, index: usize) -> bool {
        if index == 0 {
            return true;
        }
        match self.as_bytes().get(index) {
            None => index == self.len(),
            Some(&b) => (b as i8) >= -0x40,
        }
    }

    pub fn get<I: crate::slice::SliceIndex<str>>(&self, i: I) -> Option<&I::Output> { i.get(self) }
    pub fn get_mut<I: crate::slice::SliceIndex<str>>(&mut self, i: I) -> Option<&mut I::Output> { i.get_mut(self) }
    pub unsafe fn get_unchecked<I: crate::slice::SliceIndex<str>>(&self, i: I) -> &I::Output { unsafe { &*i.get_unchecked(self) } }
    pub unsafe fn get_unchecked_mut<I: crate::slice::SliceIndex<str>>(&mut self, i: I) -> &mut I::Output {
        unsafe { &mut *i.get_unchecked_mut(self) }
    }

    pub fn chars(&self) -> Chars<'_> { Chars { iter: self.as_bytes().iter() } }
    pub fn char_indices(&self) -> CharIndices<'_> { CharIndices { front_offset: 0, iter: self.chars() } }
    pub fn bytes(&self) -> Bytes<'_> { Bytes(self.as_bytes().iter().copied()) }
    pub fn lines(&self) -> Lines<'_> { Lines::new(self) }
    pub fn split_whitespace(&self) -> SplitWhitespace<'_> { SplitWhitespace::new(self) }
    pub fn split_ascii_whitespace(&self) -> SplitWhitespace<'_> { SplitWhitespace::new(self) }

    pub fn split<P: Pattern>(&self, pat: P) -> Split<'_, P> { Split::new(self, pat, false, usize::MAX) }
    pub fn split_inclusive<P: Pattern>(&self, pat: P) -> Split<'_, P> { Split::new(self, pat, true, usize::MAX) }
    pub fn splitn<P: Pattern>(&self, n: usize, pat: P) -> Split<'_, P> { Split::new(self, pat, false, n) }
    pub fn split_terminator<P: Pattern>(&self, pat: P) -> SplitTerminator<'_, P> { SplitTerminator::new(self, pat) }
    pub fn rsplit<P: Pattern>(&self, pat: P) -> RSplit<'_, P> { RSplit::new(self, pat, usize::MAX) }
    pub fn rsplitn<P: Pattern>(&self, n: usize, pat: P) -> RSplit<'_, P> { RSplit::new(self, pat, n) }
    pub fn split_once<P: Pattern>(&self, mut delimiter: P) -> Option<(&str, &str)> {
        let (start, end) = delimiter.find_in(self, 0)?;
        Some((&self[..start], &self[end..]))
    }
    pub fn rsplit_once<P: Pattern>(&self, mut delimiter: P) -> Option<(&str, &str)> {
        let (start, end) = delimiter.rfind_in(self, self.len())?;
        Some((&self[..start], &self[end..]))
    }
    pub fn matches<P: Pattern>(&self, pat: P) -> Matches<'_, P> { Matches { haystack: self, pat, pos: 0 } }
    pub fn match_indices<P: Pattern>(&self, pat: P) -> MatchIndices<'_, P> { MatchIndices { haystack: self, pat, pos: 0 } }

    pub fn contains<P: Pattern>(&self, mut pat: P) -> bool { pat.find_in(self, 0).is_some() }
    pub fn starts_with<P: Pattern>(&self, pat: P) -> bool { pat.is_prefix_of(self) }
    pub fn ends_with<P: Pattern>(&self, pat: P) -> bool { pat.is_suffix_of(self) }
    pub fn find<P: Pattern>(&self, mut pat: P) -> Option<usize> { pat.find_in(self, 0).map(|(s, _)| s) }
    pub fn rfind<P: Pattern>(&self, mut pat: P) -> Option<usize> { pat.rfind_in(self, self.len()).map(|(s, _)| s) }

    pub fn trim(&self) -> &str { self.trim_matches(|c: char| c.is_whitespace()) }
    pub fn trim_start(&self) -> &str { self.trim_start_matches(|c: char| c.is_whitespace()) }
    pub fn trim_end(&self) -> &str { self.trim_end_matches(|c: char| c.is_whitespace()) }
    pub fn trim_left(&self) -> &str { self.trim_start() }
    pub fn trim_right(&self) -> &str { self.trim_end() }
    pub fn trim_ascii(&self) -> &str { self.trim_matches(|c: char| c.is_ascii_whitespace()) }
    pub fn trim_ascii_start(&self) -> &str { self.trim_start_matches(|c: char| c.is_ascii_whitespace()) }
    pub fn trim_ascii_end(&self) -> &str { self.trim_end_matches(|c: char| c.is_ascii_whitespace()) }
    pub fn floor_char_boundary(&self, index: usize) -> usize {
        if index >= self.len() {
            self.len()
        } else {
            let mut i = index;
            while !self.is_char_boundary(i) {
                i -= 1;
            }
            i
        }
    }
    pub fn ceil_char_boundary(&self, index: usize) -> usize {
        if index > self.len() {
            self.len()
        } else {
            let mut i = index;
            while !self.is_char_boundary(i) {
                i += 1;
            }
            i
        }
    }
    pub fn rsplit_terminator<P: Pattern>(&self, pat: P) -> RSplitTerminator<'_, P> {
        RSplitTerminator { inner: RSplit::new(self, pat, usize::MAX), first: true }
    }
    pub fn rmatches<P: Pattern>(&self, pat: P) -> RMatches<'_, P> { RMatches { haystack: self, pat, end: Some(self.len()) } }
    pub fn rmatch_indices<P: Pattern>(&self, pat: P) -> RMatchIndices<'_, P> {
        RMatchIndices { haystack: self, pat, end: Some(self.len()) }
    }
    pub fn escape_unicode(&self) -> EscapeUnicode<'_> { EscapeUnicode { chars: self.chars(), cur: None } }
    pub fn into_boxed_bytes(self: crate::boxed::Box<str>) -> crate::boxed::Box<[u8]> {
        unsafe { crate::boxed::Box::from_raw(crate::boxed::Box::into_raw(self) as *mut [u8]) }
    }
    #[track_caller]
    pub fn split_at_mut(&mut self, mid: usize) -> (&mut str, &mut str) {
        if self.is_char_boundary(mid) {
            let len = self.len();
            let ptr = self.as_mut_ptr();
            unsafe {
                (from_utf8_unchecked_mut(crate::slice::from_raw_parts_mut(ptr, mid)),
                 from_utf8_unchecked_mut(crate::slice::from_raw_parts_mut(ptr.add(mid), len - mid)))
            }
        } else {
            slice_error_fail(self, 0, mid)
        }
    }
    pub fn split_at_mut_checked(&mut self, mid: usize) -> Option<(&mut str, &mut str)> {
        if self.is_char_boundary(mid) {
            let len = self.len();
            let ptr = self.as_mut_ptr();
            unsafe {
                Some((from_utf8_unchecked_mut(crate::slice::from_raw_parts_mut(ptr, mid)),
                      from_utf8_unchecked_mut(crate::slice::from_raw_parts_mut(ptr.add(mid), len - mid))))
            }
        } else {
            None
        }
    }
    pub fn trim_matches<P: Pattern + Clone>(&self, pat: P) -> &str { self.trim_start_matches(pat.clone()).trim_end_matches(pat) }
    pub fn trim_start_matches<P: Pattern>(&self, mut pat: P) -> &str {
        let mut i = 0;
        while let Some(n) = pat.prefix_len_at(self, i) {
            if n == 0 {
                break;
            }
            i = i + n;
        }
        &self[i..]
    }
    pub fn trim_end_matches<P: Pattern>(&self, mut pat: P) -> &str {
        let mut j = self.len();
        while let Some(n) = pat.suffix_len_at(self, j) {
            if n == 0 {
                break;
            }
            j = j - n;
        }
        &self[..j]
    }
    pub fn strip_prefix<P: Pattern>(&self, mut prefix: P) -> Option<&str> {
        let n = prefix.prefix_len_at(self, 0)?;
        Some(&self[n..])
    }
    pub fn strip_suffix<P: Pattern>(&self, mut suffix: P) -> Option<&str> {
        let n = suffix.suffix_len_at(self, self.len())?;
        Some(&self[..self.len() - n])
    }

    pub fn parse<F: FromStr>(&self) -> Result<F, F::Err> { FromStr::from_str(self) }

    pub fn to_uppercase(&self) -> crate::string::String {
        let mut s = crate::string::String::with_capacity(self.len());
        for c in self.chars() {
            for u in c.to_uppercase() {
                s.push(u);
            }
        }
        s
    }
    pub fn to_lowercase(&self) -> crate::string::String {
        let mut s = crate::string::String::with_capacity(self.len());
        let chars: crate::vec::Vec<(usize, char)> = self.char_indices().collect();
        let mut k = 0;
        while k < chars.len() {
            let (i, c) = chars[k];
            if c == 'Σ' {
                // final sigma: a capital sigma ending a word lowers to ς
                s.push_str(map_uppercase_sigma(self, i));
            } else {
                for l in c.to_lowercase() {
                    s.push(l);
                }
            }
            k = k + 1;
        }
        s
    }
    pub fn to_ascii_uppercase(&self) -> crate::string::String {
        let mut s = crate::string::String::from(self);
        s.make_ascii_uppercase();
        s
    }
    pub fn to_ascii_lowercase(&self) -> crate::string::String {
        let mut s = crate::string::String::from(self);
        s.make_ascii_lowercase();
        s
    }
    pub fn make_ascii_uppercase(&mut self) {
        let me = unsafe { self.as_bytes_mut() };
        for b in me.iter_mut() {
            b.make_ascii_uppercase();
        }
    }
    pub fn make_ascii_lowercase(&mut self) {
        let me = unsafe { self.as_bytes_mut() };
        for b in me.iter_mut() {
            b.make_ascii_lowercase();
        }
    }
    pub fn eq_ignore_ascii_case(&self, other: &str) -> bool {
        let a = self.as_bytes();
        let b = other.as_bytes();
        if a.len() != b.len() {
            return false;
        }
        let mut i = 0;
        while i < a.len() {
            if !a[i].eq_ignore_ascii_case(&b[i]) {
                return false;
            }
            i = i + 1;
        }
        true
    }
    pub fn is_ascii(&self) -> bool {
        for b in self.as_bytes() {
            if *b >= 128 {
                return false;
            }
        }
        true
    }
    pub fn repeat(&self, n: usize) -> crate::string::String {
        unsafe { crate::string::String::from_utf8_unchecked(self.as_bytes().repeat(n)) }
    }
    pub fn replace<P: Pattern>(&self, from: P, to: &str) -> crate::string::String {
        let mut result = crate::string::String::new();
        let mut last_end = 0;
        for (start, part) in self.match_indices(from) {
            result.push_str(unsafe { self.get_unchecked(last_end..start) });
            result.push_str(to);
            last_end = start + part.len();
        }
        result.push_str(unsafe { self.get_unchecked(last_end..self.len()) });
        result
    }
    pub fn replacen<P: Pattern>(&self, pat: P, to: &str, count: usize) -> crate::string::String {
        let mut result = crate::string::String::with_capacity(32);
        let mut last_end = 0;
        for (start, part) in self.match_indices(pat).take(count) {
            result.push_str(unsafe { self.get_unchecked(last_end..start) });
            result.push_str(to);
            last_end = start + part.len();
        }
        result.push_str(unsafe { self.get_unchecked(last_end..self.len()) });
        result
    }
    pub fn into_string(self: crate::boxed::Box<str>) -> crate::string::String {
        let len = self.len();
        let p = crate::boxed::Box::into_raw(self) as *mut u8;
        unsafe { crate::string::String::from_utf8_unchecked(crate::vec::Vec::from_raw_parts(p, len, len)) }
    }
    pub fn escape_debug(&self) -> EscapeDebug<'_> { EscapeDebug { chars: self.chars(), cur: None, first: true } }
    pub fn escape_default(&self) -> EscapeDefault<'_> { EscapeDefault { chars: self.chars(), cur: None } }
    #[track_caller]
    pub fn split_at(&self, mid: usize) -> (&str, &str) {
        if self.is_char_boundary(mid) {
            unsafe { (self.get_unchecked(0..mid), self.get_unchecked(mid..self.len())) }
        } else {
            slice_error_fail(self, 0, mid)
        }
    }
    pub fn split_at_checked(&self, mid: usize) -> Option<(&str, &str)> {
        if self.is_char_boundary(mid) { unsafe { Some((self.get_unchecked(0..mid), self.get_unchecked(mid..self.len()))) } } else { None }
    }
    pub fn encode_utf16(&self) -> EncodeUtf16<'_> { EncodeUtf16 { chars: self.chars(), extra: 0 } }
}

fn map_uppercase_sigma(from: &str, i: usize) -> &'static str {
    let before = &from[..i];
    let after = &from[i + 2..];
    let is_word_final = case_ignorable_then_cased(before.chars().rev()) && !case_ignorable_then_cased(after.chars());
    if is_word_final { "ς" } else { "σ" }
}

fn case_ignorable_then_cased<I: Iterator<Item = char>>(iter: I) -> bool {
    let mut it = iter;
    while let Some(c) = it.next() {
        if c == '\'' || c == '.' || c == ':' || c == '^' || c == '`' {
            continue;
        }
        return c.is_lowercase() || c.is_uppercase();
    }
    false
}

#[track_caller]
pub(crate) fn slice_error_fail(s: &str, begin: usize, end: usize) -> ! {
    const MAX_DISPLAY_LENGTH: usize = 256;
    let trunc_len = s.floor_char_boundary(MAX_DISPLAY_LENGTH);
    let s_trunc = &s[..trunc_len];
    let ellipsis = if trunc_len < s.len() { "[...]" } else { "" };
    let len = s.len();
    if begin > len {
        panic!("start byte index {begin} is out of bounds of `{s_trunc}`{ellipsis}");
    }
    if end > len {
        panic!("end byte index {end} is out of bounds of `{s_trunc}`{ellipsis}");
    }
    if begin > end {
        panic!("begin > end ({begin} > {end}) when slicing `{s_trunc}`{ellipsis}")
    }
    if !s.is_char_boundary(begin) {
        let floor = s.floor_char_boundary(begin);
        let ceil = s.ceil_char_boundary(begin);
        let range = floor..ceil;
        let ch = s[floor..ceil].chars().next().unwrap();
        panic!("start byte index {begin} is not a char boundary; it is inside {ch:?} (bytes {range:?}) of `{s_trunc}`{ellipsis}")
    }
    if !s.is_char_boundary(end) {
        let floor = s.floor_char_boundary(end);
        let ceil = s.ceil_char_boundary(end);
        let range = floor..ceil;
        let ch = s[floor..ceil].chars().next().unwrap();
        panic!("end byte index {end} is not a char boundary; it is inside {ch:?} (bytes {range:?}) of `{s_trunc}`{ellipsis}")
    }
    panic!("end byte index {end} is out of bounds of `{s_trunc}`{ellipsis}");
}

// ------------------------------------------------------------------ indexing

impl crate::slice::SliceIndex<str> for ops::Range<usize> {
    type Output = str;
    fn get(self, slice: &str) -> Option<&str> {
        if self.start <= self.end && slice.is_char_boundary(self.start) && slice.is_char_boundary(self.end) {
            Some(unsafe { &*self.get_unchecked(slice) })
        } else {
            None
        }
    }
    fn get_mut(self, slice: &mut str) -> Option<&mut str> {
        if self.start <= self.end && slice.is_char_boundary(self.start) && slice.is_char_boundary(self.end) {
            Some(unsafe { &mut *self.get_unchecked_mut(slice) })
        } else {
            None
        }
    }
    unsafe fn get_unchecked(self, slice: *const str) -> *const str {
        if self.end < self.start || self.end > crate::intrinsics::ptr_metadata_len(slice) {
            crate::panicking::precondition_violated(format_args!("str::get_unchecked requires that the range is within the string slice"));
        }
        unsafe { (self.start..self.end).get_unchecked(slice as *const [u8]) as *const str }
    }
    unsafe fn get_unchecked_mut(self, slice: *mut str) -> *mut str {
        if self.end < self.start || self.end > crate::intrinsics::ptr_metadata_len(slice as *const str) {
            crate::panicking::precondition_violated(format_args!("str::get_unchecked_mut requires that the range is within the string slice"));
        }
        unsafe { (self.start..self.end).get_unchecked_mut(slice as *mut [u8]) as *mut str }
    }
    #[track_caller]
    fn index(self, slice: &str) -> &str {
        let (start, end) = (self.start, self.end);
        match self.get(slice) {
            Some(s) => s,
            None => slice_error_fail(slice, start, end),
        }
    }
    #[track_caller]
    fn index_mut(self, slice: &mut str) -> &mut str {
        let (start, end) = (self.start, self.end);
        if start <= end && slice.is_char_boundary(start) && slice.is_char_boundary(end) {
            unsafe { &mut *self.get_unchecked_mut(slice) }
        } else {
            slice_error_fail(slice, start, end)
        }
    }
}

impl crate::slice::SliceIndex<str> for ops::RangeTo<usize> {
    type Output = str;
    fn get(self, slice: &str) -> Option<&str> { (0..self.end).get(slice) }
    fn get_mut(self, slice: &mut str) -> Option<&mut str> { (0..self.end).get_mut(slice) }
    unsafe fn get_unchecked(self, slice: *const str) -> *const str { unsafe { (0..self.end).get_unchecked(slice) } }
    unsafe fn get_unchecked_mut(self, slice: *mut str) -> *mut str { unsafe { (0..self.end).get_unchecked_mut(slice) } }
    #[track_caller]
    fn index(self, slice: &str) -> &str { (0..self.end).index(slice) }
    #[track_caller]
    fn index_mut(self, slice: &mut str) -> &mut str { (0..self.end).index_mut(slice) }
}

impl crate::slice::SliceIndex<str> for ops::RangeFrom<usize> {
    type Output = str;
    fn get(self, slice: &str) -> Option<&str> { (self.start..slice.len()).get(slice) }
    fn get_mut(self, slice: &mut str) -> Option<&mut str> {
        let len = slice.len();
        (self.start..len).get_mut(slice)
    }
    unsafe fn get_unchecked(self, slice: *const str) -> *const str {
        unsafe { (self.start..crate::intrinsics::ptr_metadata_len(slice)).get_unchecked(slice) }
    }
    unsafe fn get_unchecked_mut(self, slice: *mut str) -> *mut str {
        unsafe { (self.start..crate::intrinsics::ptr_metadata_len(slice as *const str)).get_unchecked_mut(slice) }
    }
    #[track_caller]
    fn index(self, slice: &str) -> &str { (self.start..slice.len()).index(slice) }
    #[track_caller]
    fn index_mut(self, slice: &mut str) -> &mut str {
        let len = slice.len();
        (self.start..len).index_mut(slice)
    }
}

impl crate::slice::SliceIndex<str> for ops::RangeFull {
    type Output = str;
    fn get(self, slice: &str) -> Option<&str> { Some(slice) }
    fn get_mut(self, slice: &mut str) -> Option<&mut str> { Some(slice) }
    unsafe fn get_unchecked(self, slice: *const str) -> *const str { slice }
    unsafe fn get_unchecked_mut(self, slice: *mut str) -> *mut str { slice }
    fn index(self, slice: &str) -> &str { slice }
    fn index_mut(self, slice: &mut str) -> &mut str { slice }
}

impl crate::slice::SliceIndex<str> for ops::RangeInclusive<usize> {
    type Output = str;
    fn get(self, slice: &str) -> Option<&str> { if *self.end() == usize::MAX { None } else { (*self.start()..*self.end() + 1).get(slice) } }
    fn get_mut(self, slice: &mut str) -> Option<&mut str> {
        if *self.end() == usize::MAX { None } else { (*self.start()..*self.end() + 1).get_mut(slice) }
    }
    unsafe fn get_unchecked(self, slice: *const str) -> *const str { unsafe { (*self.start()..*self.end() + 1).get_unchecked(slice) } }
    unsafe fn get_unchecked_mut(self, slice: *mut str) -> *mut str { unsafe { (*self.start()..*self.end() + 1).get_unchecked_mut(slice) } }
    #[track_caller]
    fn index(self, slice: &str) -> &str {
        if *self.end() == usize::MAX {
            crate::panicking::str_index_overflow_fail();
        }
        (*self.start()..*self.end() + 1).index(slice)
    }
    #[track_caller]
    fn index_mut(self, slice: &mut str) -> &mut str {
        if *self.end() == usize::MAX {
            crate::panicking::str_index_overflow_fail();
        }
        (*self.start()..*self.end() + 1).index_mut(slice)
    }
}

impl crate::slice::SliceIndex<str> for ops::RangeToInclusive<usize> {
    type Output = str;
    fn get(self, slice: &str) -> Option<&str> { (0..=self.end).get(slice) }
    fn get_mut(self, slice: &mut str) -> Option<&mut str> { (0..=self.end).get_mut(slice) }
    unsafe fn get_unchecked(self, slice: *const str) -> *const str { unsafe { (0..=self.end).get_unchecked(slice) } }
    unsafe fn get_unchecked_mut(self, slice: *mut str) -> *mut str { unsafe { (0..=self.end).get_unchecked_mut(slice) } }
    #[track_caller]
    fn index(self, slice: &str) -> &str { (0..=self.end).index(slice) }
    #[track_caller]
    fn index_mut(self, slice: &mut str) -> &mut str { (0..=self.end).index_mut(slice) }
}

#[rustc_on_unimplemented(message = "the type `str` cannot be indexed by `{I}`", label = "string indices are ranges of `usize`")]
impl<I: crate::slice::SliceIndex<str>> ops::Index<I> for str {
    type Output = I::Output;
    #[track_caller]
    fn index(&self, index: I) -> &I::Output { index.index(self) }
}

impl<I: crate::slice::SliceIndex<str>> ops::IndexMut<I> for str {
    #[track_caller]
    fn index_mut(&mut self, index: I) -> &mut I::Output { index.index_mut(self) }
}

// ------------------------------------------------------------------ comparison

impl PartialEq for str {
    fn eq(&self, other: &str) -> bool { self.as_bytes() == other.as_bytes() }
}
impl Eq for str {}
impl PartialOrd for str {
    fn partial_cmp(&self, other: &str) -> Option<crate::cmp::Ordering> { Some(self.cmp(other)) }
}
impl Ord for str {
    fn cmp(&self, other: &str) -> crate::cmp::Ordering { self.as_bytes().cmp(other.as_bytes()) }
}
impl crate::hash::Hash for str {
    fn hash<H: crate::hash::Hasher>(&self, state: &mut H) { state.write_str(self); }
}
impl Default for &str {
    fn default() -> Self { "" }
}
impl AsRef<str> for str {
    fn as_ref(&self) -> &str { self }
}
impl AsRef<[u8]> for str {
    fn as_ref(&self) -> &[u8] { self.as_bytes() }
}
impl crate::borrow::ToOwned for str {
    type Owned = crate::string::String;
    fn to_owned(&self) -> crate::string::String { crate::string::String::from(self) }
}
