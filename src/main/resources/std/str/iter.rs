// str's iterators: Chars and CharIndices over the bytes (std's layouts), Bytes, and the pattern iterators.
use super::pattern::Pattern;
use crate::fmt;

#[derive(Clone)]
pub struct Chars<'a> {
    pub(super) iter: crate::slice::Iter<'a, u8>,
}

/// The char whose UTF-8 encoding starts at the iterator (advancing it), as core's next_code_point.
fn next_code_point<'a, I: Iterator<Item = &'a u8>>(bytes: &mut I) -> Option<u32> {
    let x = *bytes.next()?;
    if x < 128 {
        return Some(x as u32);
    }
    let init = (x & (0x7F >> 2)) as u32;
    let y = *bytes.next().unwrap_or(&0);
    let mut ch = (init << 6) | (y & 0x3F) as u32;
    if x >= 0xE0 {
        let z = *bytes.next().unwrap_or(&0);
        let y_z = (((y & 0x3F) as u32) << 6) | (z & 0x3F) as u32;
        ch = (init << 12) | y_z;
        if x >= 0xF0 {
            let w = *bytes.next().unwrap_or(&0);
            ch = ((init & 7) << 18) | (y_z << 6) | (w & 0x3F) as u32;
        }
    }
    Some(ch)
}

fn next_code_point_reverse<'a, I: DoubleEndedIterator<Item = &'a u8>>(bytes: &mut I) -> Option<u32> {
    let w = match *bytes.next_back()? {
        next_byte if next_byte < 128 => return Some(next_byte as u32),
        back_byte => back_byte,
    };
    let mut ch;
    let z = *bytes.next_back().unwrap_or(&0);
    ch = (z & (0x7F >> 2)) as u32;
    if (z as i8) < -64 {
        let y = *bytes.next_back().unwrap_or(&0);
        ch = (y & (0x7F >> 3)) as u32;
        if (y as i8) < -64 {
            let x = *bytes.next_back().unwrap_or(&0);
            ch = (x & (0x7F >> 4)) as u32;
            ch = (ch << 6) | (y & 0x3F) as u32;
        }
        ch = (ch << 6) | (z & 0x3F) as u32;
    }
    ch = (ch << 6) | (w & 0x3F) as u32;
    Some(ch)
}

impl<'a> Iterator for Chars<'a> {
    type Item = char;
    fn next(&mut self) -> Option<char> {
        match next_code_point(&mut self.iter) {
            Some(c) => Some(unsafe { crate::char::from_u32_unchecked(c) }),
            None => None,
        }
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        let len = self.iter.len();
        ((len + 3) / 4, Some(len))
    }
    fn count(self) -> usize {
        let mut n = 0;
        for &b in self.iter {
            if (b as i8) >= -0x40 {
                n = n + 1;
            }
        }
        n
    }
    fn last(mut self) -> Option<char> { self.next_back() }
}

impl<'a> DoubleEndedIterator for Chars<'a> {
    fn next_back(&mut self) -> Option<char> {
        match next_code_point_reverse(&mut self.iter) {
            Some(c) => Some(unsafe { crate::char::from_u32_unchecked(c) }),
            None => None,
        }
    }
}

impl<'a> Chars<'a> {
    pub fn as_str(&self) -> &'a str { unsafe { super::from_utf8_unchecked(self.iter.as_slice()) } }
}

impl fmt::Debug for Chars<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Chars(")?;
        f.debug_list().entries(self.clone()).finish()?;
        write!(f, ")")
    }
}

#[derive(Clone, Debug)]
pub struct CharIndices<'a> {
    pub(super) front_offset: usize,
    pub(super) iter: Chars<'a>,
}

impl<'a> Iterator for CharIndices<'a> {
    type Item = (usize, char);
    fn next(&mut self) -> Option<(usize, char)> {
        let pre_len = self.iter.iter.len();
        match self.iter.next() {
            None => None,
            Some(ch) => {
                let index = self.front_offset;
                let len = self.iter.iter.len();
                self.front_offset = self.front_offset + pre_len - len;
                Some((index, ch))
            }
        }
    }
    fn size_hint(&self) -> (usize, Option<usize>) { self.iter.size_hint() }
    fn count(self) -> usize { self.iter.count() }
}

impl<'a> DoubleEndedIterator for CharIndices<'a> {
    fn next_back(&mut self) -> Option<(usize, char)> {
        self.iter.next_back().map(|ch| {
            let index = self.front_offset + self.iter.iter.len();
            (index, ch)
        })
    }
}

impl<'a> CharIndices<'a> {
    pub fn as_str(&self) -> &'a str { self.iter.as_str() }
    pub fn offset(&self) -> usize { self.front_offset }
}

#[derive(Clone, Debug)]
pub struct Bytes<'a>(pub(super) crate::iter::Copied<crate::slice::Iter<'a, u8>>);

impl Iterator for Bytes<'_> {
    type Item = u8;
    fn next(&mut self) -> Option<u8> { self.0.next() }
    fn size_hint(&self) -> (usize, Option<usize>) { self.0.size_hint() }
    fn __trusted_len(&self) -> bool { true }
}

impl DoubleEndedIterator for Bytes<'_> {
    fn next_back(&mut self) -> Option<u8> { self.0.next_back() }
}

impl ExactSizeIterator for Bytes<'_> {}

/// `split`, `split_inclusive` and `splitn` by a pattern (std's SplitInternal).
pub struct Split<'a, P: Pattern> {
    haystack: &'a str,
    pat: P,
    start: usize,
    end: usize,
    position: usize,
    finished: bool,
    allow_trailing_empty: bool,
    inclusive: bool,
    count: usize,
}

impl<'a, P: Pattern> Split<'a, P> {
    pub(super) fn new(haystack: &'a str, pat: P, inclusive: bool, count: usize) -> Self {
        Split { haystack, pat, start: 0, end: haystack.len(), position: 0, finished: false, allow_trailing_empty: !inclusive,
            inclusive, count }
    }

    fn get_end(&mut self) -> Option<&'a str> {
        if !self.finished {
            self.finished = true;
            if self.allow_trailing_empty || self.end - self.start > 0 {
                return Some(&self.haystack[self.start..self.end]);
            }
        }
        None
    }

    fn next_match(&mut self) -> Option<(usize, usize)> {
        if self.position > self.haystack.len() {
            return None;
        }
        let m = self.pat.find_in(self.haystack, self.position)?;
        if m.0 == m.1 {
            // an empty match: the next search starts one char further
            let step = match self.haystack[m.1..].chars().next() {
                Some(c) => c.len_utf8(),
                None => 1,
            };
            self.position = m.1 + step;
        } else {
            self.position = m.1;
        }
        Some(m)
    }
}

impl<'a, P: Pattern> Iterator for Split<'a, P> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        if self.finished {
            return None;
        }
        match self.count {
            0 => return None,
            1 => {
                self.count = 0;
                return self.get_end();
            }
            _ => {}
        }
        if self.count != usize::MAX {
            self.count = self.count - 1;
        }
        loop {
            match self.next_match() {
                Some((a, b)) => {
                    if self.pat.can_match_empty() && a == 0 && b == 0 && self.start == 0 && !self.inclusive {
                        // the empty pattern first matches before the first char
                        let elt = &self.haystack[0..0];
                        self.start = 0;
                        return Some(elt);
                    }
                    let elt = if self.inclusive { &self.haystack[self.start..b] } else { &self.haystack[self.start..a] };
                    self.start = b;
                    return Some(elt);
                }
                None => return self.get_end(),
            }
        }
    }
}

impl<'a, P: Pattern> DoubleEndedIterator for Split<'a, P> {
    fn next_back(&mut self) -> Option<&'a str> {
        if self.finished {
            return None;
        }
        if !self.allow_trailing_empty {
            self.allow_trailing_empty = true;
            match self.next_back() {
                Some(elt) if !elt.is_empty() => return Some(elt),
                _ => {
                    if self.finished {
                        return None;
                    }
                }
            }
        }
        let end = self.end;
        match self.pat.rfind_in(self.haystack, end) {
            Some((a, b)) if a >= self.start => {
                let elt = if self.inclusive { &self.haystack[b..end] } else { &self.haystack[b..end] };
                self.end = if self.inclusive { b } else { a };
                if self.inclusive {
                    let elt2 = &self.haystack[self.end..end];
                    let _ = elt2;
                }
                Some(elt)
            }
            _ => {
                self.finished = true;
                Some(&self.haystack[self.start..end])
            }
        }
    }
}

/// `split_terminator`: split without a trailing empty piece.
pub struct SplitTerminator<'a, P: Pattern>(Split<'a, P>);

impl<'a, P: Pattern> SplitTerminator<'a, P> {
    pub(super) fn new(haystack: &'a str, pat: P) -> Self {
        let mut s = Split::new(haystack, pat, false, usize::MAX);
        s.allow_trailing_empty = false;
        SplitTerminator(s)
    }
}

impl<'a, P: Pattern> Iterator for SplitTerminator<'a, P> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> { self.0.next() }
}

/// `rsplit` and `rsplitn`: the pieces from the end.
pub struct RSplit<'a, P: Pattern> {
    haystack: &'a str,
    pat: P,
    end: usize,
    finished: bool,
    count: usize,
}

impl<'a, P: Pattern> RSplit<'a, P> {
    pub(super) fn new(haystack: &'a str, pat: P, count: usize) -> Self {
        RSplit { haystack, pat, end: haystack.len(), finished: false, count }
    }
}

impl<'a, P: Pattern> Iterator for RSplit<'a, P> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        if self.finished || self.count == 0 {
            return None;
        }
        if self.count == 1 {
            self.count = 0;
            self.finished = true;
            return Some(&self.haystack[..self.end]);
        }
        if self.count != usize::MAX {
            self.count = self.count - 1;
        }
        match self.pat.rfind_in(self.haystack, self.end) {
            Some((a, b)) => {
                let elt = &self.haystack[b..self.end];
                self.end = a;
                Some(elt)
            }
            None => {
                self.finished = true;
                Some(&self.haystack[..self.end])
            }
        }
    }
}

pub struct Matches<'a, P: Pattern> {
    pub(super) haystack: &'a str,
    pub(super) pat: P,
    pub(super) pos: usize,
}

impl<'a, P: Pattern> Iterator for Matches<'a, P> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        if self.pos > self.haystack.len() {
            return None;
        }
        let (a, b) = self.pat.find_in(self.haystack, self.pos)?;
        self.pos = if a == b { b + 1 } else { b };
        Some(&self.haystack[a..b])
    }
}

pub struct MatchIndices<'a, P: Pattern> {
    pub(super) haystack: &'a str,
    pub(super) pat: P,
    pub(super) pos: usize,
}

impl<'a, P: Pattern> Iterator for MatchIndices<'a, P> {
    type Item = (usize, &'a str);
    fn next(&mut self) -> Option<(usize, &'a str)> {
        if self.pos > self.haystack.len() {
            return None;
        }
        let (a, b) = self.pat.find_in(self.haystack, self.pos)?;
        self.pos = if a == b { b + 1 } else { b };
        Some((a, &self.haystack[a..b]))
    }
}

/// `lines`: pieces ended by `\n`, a trailing `\r` removed.
#[derive(Clone)]
pub struct Lines<'a> {
    rest: &'a str,
    finished: bool,
}

impl<'a> Lines<'a> {
    pub(super) fn new(s: &'a str) -> Self { Lines { rest: s, finished: false } }
}

impl<'a> Iterator for Lines<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        if self.finished || self.rest.is_empty() {
            return None;
        }
        let (line, rest) = match self.rest.find('\n') {
            Some(i) => (&self.rest[..i], &self.rest[i + 1..]),
            None => {
                self.finished = true;
                (self.rest, "")
            }
        };
        self.rest = rest;
        Some(match line.strip_suffix('\r') {
            Some(l) => l,
            None => line,
        })
    }
}

impl<'a> DoubleEndedIterator for Lines<'a> {
    fn next_back(&mut self) -> Option<&'a str> {
        if self.finished || self.rest.is_empty() {
            return None;
        }
        let body = match self.rest.strip_suffix('\n') {
            Some(b) => b,
            None => self.rest,
        };
        let (rest, line) = match body.rfind('\n') {
            Some(i) => (&body[..i + 1], &body[i + 1..]),
            None => ("", body),
        };
        self.rest = rest;
        if rest.is_empty() {
            self.finished = true;
        }
        Some(match line.strip_suffix('\r') {
            Some(l) => l,
            None => line,
        })
    }
}

/// `split_whitespace`: the non-empty pieces between whitespace.
#[derive(Clone)]
pub struct SplitWhitespace<'a> {
    rest: &'a str,
}

impl<'a> SplitWhitespace<'a> {
    pub(super) fn new(s: &'a str) -> Self { SplitWhitespace { rest: s } }
}

impl<'a> Iterator for SplitWhitespace<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        let s = self.rest.trim_start();
        if s.is_empty() {
            self.rest = s;
            return None;
        }
        let end = match s.find(|c: char| c.is_whitespace()) {
            Some(i) => i,
            None => s.len(),
        };
        self.rest = &s[end..];
        Some(&s[..end])
    }
}

impl<'a> DoubleEndedIterator for SplitWhitespace<'a> {
    fn next_back(&mut self) -> Option<&'a str> {
        let s = self.rest.trim_end();
        if s.is_empty() {
            self.rest = s;
            return None;
        }
        let start = match s.rfind(|c: char| c.is_whitespace()) {
            Some(i) => i + s[i..].chars().next().unwrap().len_utf8(),
            None => 0,
        };
        self.rest = &s[..start];
        Some(&s[start..])
    }
}

/// `rsplit_terminator`: rsplit without the empty piece after a trailing separator.
pub struct RSplitTerminator<'a, P: Pattern> {
    pub(super) inner: RSplit<'a, P>,
    pub(super) first: bool,
}

impl<'a, P: Pattern> Iterator for RSplitTerminator<'a, P> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        let piece = self.inner.next()?;
        if self.first {
            self.first = false;
            if piece.is_empty() {
                return self.inner.next();
            }
        }
        Some(piece)
    }
}

/// `rmatches`: the matches from the end.
pub struct RMatches<'a, P: Pattern> {
    pub(super) haystack: &'a str,
    pub(super) pat: P,
    pub(super) end: Option<usize>,
}

impl<'a, P: Pattern> Iterator for RMatches<'a, P> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        let end = self.end?;
        match self.pat.rfind_in(self.haystack, end) {
            Some((a, b)) => {
                self.end = if a == b { if a == 0 { None } else { Some(self.haystack.floor_char_boundary(a - 1)) } } else { Some(a) };
                Some(&self.haystack[a..b])
            }
            None => {
                self.end = None;
                None
            }
        }
    }
}

/// `rmatch_indices`: the matches from the end, with their byte offsets.
pub struct RMatchIndices<'a, P: Pattern> {
    pub(super) haystack: &'a str,
    pub(super) pat: P,
    pub(super) end: Option<usize>,
}

impl<'a, P: Pattern> Iterator for RMatchIndices<'a, P> {
    type Item = (usize, &'a str);
    fn next(&mut self) -> Option<(usize, &'a str)> {
        let end = self.end?;
        match self.pat.rfind_in(self.haystack, end) {
            Some((a, b)) => {
                self.end = if a == b { if a == 0 { None } else { Some(self.haystack.floor_char_boundary(a - 1)) } } else { Some(a) };
                Some((a, &self.haystack[a..b]))
            }
            None => {
                self.end = None;
                None
            }
        }
    }
}

/// `str::escape_debug`: the first char escaped as a char would be, the rest without escaping grapheme extenders.
#[derive(Clone)]
pub struct EscapeDebug<'a> {
    pub(super) chars: Chars<'a>,
    pub(super) cur: Option<crate::char::EscapeIter>,
    pub(super) first: bool,
}

impl<'a> Iterator for EscapeDebug<'a> {
    type Item = char;
    fn next(&mut self) -> Option<char> {
        loop {
            if let Some(e) = &mut self.cur {
                if let Some(c) = e.next() {
                    return Some(c);
                }
            }
            let c = self.chars.next()?;
            self.cur = Some(c.escape_debug_ext_grapheme(true, true, self.first));
            self.first = false;
        }
    }
}

/// `str::escape_default`.
#[derive(Clone)]
pub struct EscapeDefault<'a> {
    pub(super) chars: Chars<'a>,
    pub(super) cur: Option<crate::char::EscapeIter>,
}

impl<'a> Iterator for EscapeDefault<'a> {
    type Item = char;
    fn next(&mut self) -> Option<char> {
        loop {
            if let Some(e) = &mut self.cur {
                if let Some(c) = e.next() {
                    return Some(c);
                }
            }
            self.cur = Some(self.chars.next()?.escape_default());
        }
    }
}

/// `str::escape_unicode`.
#[derive(Clone)]
pub struct EscapeUnicode<'a> {
    pub(super) chars: Chars<'a>,
    pub(super) cur: Option<crate::char::EscapeIter>,
}

impl<'a> Iterator for EscapeUnicode<'a> {
    type Item = char;
    fn next(&mut self) -> Option<char> {
        loop {
            if let Some(e) = &mut self.cur {
                if let Some(c) = e.next() {
                    return Some(c);
                }
            }
            self.cur = Some(self.chars.next()?.escape_unicode());
        }
    }
}

macro_rules! escape_display {
    ($($t:ident),*) => {
        $(
            impl fmt::Display for $t<'_> {
                fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    use fmt::Write;
                    for c in self.clone() {
                        f.write_char(c)?;
                    }
                    Ok(())
                }
            }
            impl fmt::Debug for $t<'_> {
                fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.debug_struct(stringify!($t)).finish_non_exhaustive() }
            }
            impl crate::iter::FusedIterator for $t<'_> {}
        )*
    };
}
escape_display!(EscapeDebug, EscapeDefault, EscapeUnicode);

/// `str::encode_utf16`: the UTF-16 code units, lazily.
#[derive(Clone)]
pub struct EncodeUtf16<'a> {
    pub(super) chars: Chars<'a>,
    pub(super) extra: u16,
}

impl fmt::Debug for EncodeUtf16<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.debug_struct("EncodeUtf16").finish_non_exhaustive() }
}

impl<'a> Iterator for EncodeUtf16<'a> {
    type Item = u16;
    fn next(&mut self) -> Option<u16> {
        if self.extra != 0 {
            let tmp = self.extra;
            self.extra = 0;
            return Some(tmp);
        }
        let mut buf = [0; 2];
        let ch = self.chars.next()?;
        let n = ch.encode_utf16(&mut buf).len();
        if n == 2 {
            self.extra = buf[1];
        }
        Some(buf[0])
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        let len = self.chars.iter.len();
        if self.extra == 0 { ((len + 2) / 3, Some(len)) } else { ((len + 2) / 3 + 1, Some(len + 1)) }
    }
}

impl crate::iter::FusedIterator for EncodeUtf16<'_> {}
