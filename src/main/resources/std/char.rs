use crate::fmt;
use crate::intrinsics;
use crate::fmt::Display;

pub const MAX: char = '\u{10FFFF}';
pub const REPLACEMENT_CHARACTER: char = '\u{FFFD}';

pub const fn from_u32(i: u32) -> Option<char> {
    if (i >= 0xD800 && i <= 0xDFFF) || i > 0x10FFFF { None } else { Some(unsafe { intrinsics::transmute::<u32, char>(i) }) }
}

pub const unsafe fn from_u32_unchecked(i: u32) -> char { unsafe { intrinsics::transmute::<u32, char>(i) } }

pub const fn from_digit(num: u32, radix: u32) -> Option<char> {
    if radix > 36 {
        std_panic!("core/src/char/convert.rs", 332, 9, "from_digit: radix is too high (maximum 36)");
    }
    if num < radix {
        let num = num as u8;
        if num < 10 { Some((b'0' + num) as char) } else { Some((b'a' + num - 10) as char) }
    } else {
        None
    }
}

impl char {
    pub const MAX: char = '\u{10FFFF}';
    pub const REPLACEMENT_CHARACTER: char = '\u{FFFD}';

    pub const fn from_u32(i: u32) -> Option<char> { from_u32(i) }
    pub const fn from_digit(num: u32, radix: u32) -> Option<char> { from_digit(num, radix) }
    pub const unsafe fn from_u32_unchecked(i: u32) -> char { unsafe { from_u32_unchecked(i) } }

    pub const fn is_digit(self, radix: u32) -> bool { self.to_digit(radix).is_some() }

    #[track_caller]
    pub const fn to_digit(self, radix: u32) -> Option<u32> {
        assert!(radix >= 2 && radix <= 36, "to_digit: invalid radix -- radix must be in the range 2 to 36 inclusive");
        let c = self as u32;
        let digit = if c >= '0' as u32 && c <= '9' as u32 {
            c - '0' as u32
        } else if c >= 'a' as u32 && c <= 'z' as u32 {
            c - 'a' as u32 + 10
        } else if c >= 'A' as u32 && c <= 'Z' as u32 {
            c - 'A' as u32 + 10
        } else {
            return None;
        };
        if digit < radix { Some(digit) } else { None }
    }

    pub const fn len_utf8(self) -> usize {
        let code = self as u32;
        if code < 0x80 { 1 } else if code < 0x800 { 2 } else if code < 0x10000 { 3 } else { 4 }
    }
    pub const fn len_utf16(self) -> usize { if (self as u32) < 0x10000 { 1 } else { 2 } }

    pub fn decode_utf16<I: IntoIterator<Item = u16>>(iter: I) -> DecodeUtf16<I::IntoIter> { decode_utf16(iter) }

    #[track_caller]
    pub fn encode_utf16(self, dst: &mut [u16]) -> &mut [u16] {
        let mut code = self as u32;
        let len = self.len_utf16();
        let dst_len = dst.len();
        if len == 1 && dst_len >= 1 {
            dst[0] = code as u16;
        } else if len == 2 && dst_len >= 2 {
            code -= 0x1_0000;
            dst[0] = (code >> 10) as u16 | 0xD800;
            dst[1] = (code & 0x3FF) as u16 | 0xDC00;
        } else {
            panic!("encode_utf16: need {len} bytes to encode U+{code:04X} but buffer has just {dst_len}");
        }
        &mut dst[..len]
    }

    pub fn encode_utf8(self, dst: &mut [u8]) -> &mut str {
        let code = self as u32;
        let len = self.len_utf8();
        match len {
            1 => dst[0] = code as u8,
            2 => {
                dst[0] = (code >> 6 & 0x1F) as u8 | 0xC0;
                dst[1] = (code & 0x3F) as u8 | 0x80;
            }
            3 => {
                dst[0] = (code >> 12 & 0x0F) as u8 | 0xE0;
                dst[1] = (code >> 6 & 0x3F) as u8 | 0x80;
                dst[2] = (code & 0x3F) as u8 | 0x80;
            }
            _ => {
                dst[0] = (code >> 18 & 0x07) as u8 | 0xF0;
                dst[1] = (code >> 12 & 0x3F) as u8 | 0x80;
                dst[2] = (code >> 6 & 0x3F) as u8 | 0x80;
                dst[3] = (code & 0x3F) as u8 | 0x80;
            }
        }
        unsafe { crate::str::from_utf8_unchecked_mut(&mut dst[..len]) }
    }

    pub fn is_alphabetic(self) -> bool {
        match self {
            'a'..='z' | 'A'..='Z' => true,
            c => c > '\x7f' && intrinsics::unicode_property(c, 0),
        }
    }
    pub fn is_numeric(self) -> bool {
        match self {
            '0'..='9' => true,
            c => c > '\x7f' && intrinsics::unicode_property(c, 1),
        }
    }
    pub fn is_alphanumeric(self) -> bool { self.is_alphabetic() || self.is_numeric() }
    pub fn is_lowercase(self) -> bool {
        match self {
            'a'..='z' => true,
            c => c > '\x7f' && intrinsics::unicode_property(c, 2),
        }
    }
    pub fn is_uppercase(self) -> bool {
        match self {
            'A'..='Z' => true,
            c => c > '\x7f' && intrinsics::unicode_property(c, 3),
        }
    }
    pub fn is_whitespace(self) -> bool {
        match self {
            ' ' | '\x09'..='\x0d' => true,
            c => c > '\x7f' && intrinsics::unicode_property(c, 4),
        }
    }
    pub fn is_control(self) -> bool { intrinsics::unicode_property(self, 5) }

    pub fn to_uppercase(self) -> ToUppercase { ToUppercase(CaseMappingIter::new(intrinsics::unicode_case(self, true))) }
    pub fn to_lowercase(self) -> ToLowercase { ToLowercase(CaseMappingIter::new(intrinsics::unicode_case(self, false))) }

    pub const fn is_ascii(&self) -> bool { *self as u32 <= 0x7F }
    pub const fn is_ascii_alphabetic(&self) -> bool { matches!(*self, 'A'..='Z' | 'a'..='z') }
    pub const fn is_ascii_uppercase(&self) -> bool { matches!(*self, 'A'..='Z') }
    pub const fn is_ascii_lowercase(&self) -> bool { matches!(*self, 'a'..='z') }
    pub const fn is_ascii_alphanumeric(&self) -> bool { matches!(*self, '0'..='9' | 'A'..='Z' | 'a'..='z') }
    pub const fn is_ascii_digit(&self) -> bool { matches!(*self, '0'..='9') }
    pub const fn is_ascii_hexdigit(&self) -> bool { matches!(*self, '0'..='9' | 'A'..='F' | 'a'..='f') }
    pub const fn is_ascii_punctuation(&self) -> bool {
        matches!(*self, '!'..='/' | ':'..='@' | '['..='`' | '{'..='~')
    }
    pub const fn is_ascii_graphic(&self) -> bool { matches!(*self, '!'..='~') }
    pub const fn is_ascii_whitespace(&self) -> bool { matches!(*self, '\t' | '\n' | '\x0C' | '\r' | ' ') }
    pub const fn is_ascii_control(&self) -> bool { matches!(*self, '\0'..='\x1F' | '\x7F') }
    pub const fn to_ascii_uppercase(&self) -> char {
        if self.is_ascii_lowercase() { ((*self as u8) - 32) as char } else { *self }
    }
    pub const fn to_ascii_lowercase(&self) -> char {
        if self.is_ascii_uppercase() { ((*self as u8) + 32) as char } else { *self }
    }
    pub const fn eq_ignore_ascii_case(&self, other: &char) -> bool { self.to_ascii_lowercase() == other.to_ascii_lowercase() }
    pub fn make_ascii_uppercase(&mut self) { *self = self.to_ascii_uppercase(); }
    pub fn make_ascii_lowercase(&mut self) { *self = self.to_ascii_lowercase(); }

    pub fn escape_unicode(self) -> EscapeIter { EscapeIter::unicode(self) }
    pub fn escape_default(self) -> EscapeIter {
        match self {
            '\t' => EscapeIter::backslash('t'),
            '\r' => EscapeIter::backslash('r'),
            '\n' => EscapeIter::backslash('n'),
            '\\' | '\'' | '"' => EscapeIter::backslash(self),
            '\x20'..='\x7e' => EscapeIter::printable(self),
            _ => EscapeIter::unicode(self),
        }
    }
    pub fn escape_debug(self) -> EscapeIter { self.escape_debug_ext(true, true) }

    /// escape_debug_ext, also saying whether grapheme extenders are escaped (not after a str's first char).
    pub(crate) fn escape_debug_ext_grapheme(self, escape_single_quote: bool, escape_double_quote: bool, escape_grapheme_extended: bool) -> EscapeIter {
        if !escape_grapheme_extended && intrinsics::unicode_property(self, 6) && !matches!(self, '\0' | '\t' | '\r' | '\n' | '\\' | '"' | '\'') {
            if intrinsics::unicode_property(self, 7) {
                return EscapeIter::printable(self);
            }
        }
        self.escape_debug_ext(escape_single_quote, escape_double_quote)
    }

    /// escape_debug with core's options: whether to escape `'` (in a char) and `"` (in a str).
    pub(crate) fn escape_debug_ext(self, escape_single_quote: bool, escape_double_quote: bool) -> EscapeIter {
        match self {
            '\0' => EscapeIter::backslash('0'),
            '\t' => EscapeIter::backslash('t'),
            '\r' => EscapeIter::backslash('r'),
            '\n' => EscapeIter::backslash('n'),
            '\\' => EscapeIter::backslash(self),
            '"' if escape_double_quote => EscapeIter::backslash(self),
            '\'' if escape_single_quote => EscapeIter::backslash(self),
            _ if intrinsics::unicode_property(self, 6) => EscapeIter::unicode(self),
            _ if intrinsics::unicode_property(self, 7) => EscapeIter::printable(self),
            _ => EscapeIter::unicode(self),
        }
    }
}

/// The chars an escape makes (std's EscapeDefault, EscapeDebug, EscapeUnicode), up to `\u{10ffff}`.
#[derive(Clone, Debug)]
pub struct EscapeIter {
    chars: [char; 10],
    pos: usize,
    len: usize,
}

pub type EscapeDefault = EscapeIter;
pub type EscapeDebug = EscapeIter;
pub type EscapeUnicode = EscapeIter;

impl EscapeIter {
    fn printable(c: char) -> EscapeIter {
        let mut chars = ['\0'; 10];
        chars[0] = c;
        EscapeIter { chars, pos: 0, len: 1 }
    }
    fn backslash(c: char) -> EscapeIter {
        let mut chars = ['\0'; 10];
        chars[0] = '\\';
        chars[1] = c;
        EscapeIter { chars, pos: 0, len: 2 }
    }
    fn unicode(c: char) -> EscapeIter {
        let mut chars = ['\0'; 10];
        chars[0] = '\\';
        chars[1] = 'u';
        chars[2] = '{';
        let code = c as u32;
        let mut digits = 1;
        while digits < 8 && (code >> (4 * digits)) != 0 {
            digits = digits + 1;
        }
        let mut i = 0;
        while i < digits {
            let d = (code >> (4 * (digits - 1 - i))) & 0xF;
            chars[3 + i] = crate::char::from_digit(d, 16).unwrap();
            i = i + 1;
        }
        chars[3 + digits] = '}';
        EscapeIter { chars, pos: 0, len: 4 + digits }
    }
    pub fn len(&self) -> usize { self.len - self.pos }
}

impl Iterator for EscapeIter {
    type Item = char;
    fn next(&mut self) -> Option<char> {
        if self.pos < self.len {
            let c = self.chars[self.pos];
            self.pos = self.pos + 1;
            Some(c)
        } else {
            None
        }
    }
    fn size_hint(&self) -> (usize, Option<usize>) { (self.len - self.pos, Some(self.len - self.pos)) }
}

impl ExactSizeIterator for EscapeIter {}

impl fmt::Display for EscapeIter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut i = self.pos;
        while i < self.len {
            f.write_char(self.chars[i])?;
            i = i + 1;
        }
        Ok(())
    }
}

#[derive(Clone, Debug)]
struct CaseMappingIter {
    chars: [char; 3],
    pos: usize,
    len: usize,
}

impl CaseMappingIter {
    fn new(chars: [char; 3]) -> CaseMappingIter {
        let len = if chars[2] != '\0' { 3 } else if chars[1] != '\0' { 2 } else { 1 };
        CaseMappingIter { chars, pos: 0, len }
    }
}

impl Iterator for CaseMappingIter {
    type Item = char;
    fn next(&mut self) -> Option<char> {
        if self.pos < self.len {
            let c = self.chars[self.pos];
            self.pos = self.pos + 1;
            Some(c)
        } else {
            None
        }
    }
    fn size_hint(&self) -> (usize, Option<usize>) { (self.len - self.pos, Some(self.len - self.pos)) }
}

#[derive(Clone, Debug)]
pub struct ToUppercase(CaseMappingIter);
#[derive(Clone, Debug)]
pub struct ToLowercase(CaseMappingIter);

impl Iterator for ToUppercase {
    type Item = char;
    fn next(&mut self) -> Option<char> { self.0.next() }
    fn size_hint(&self) -> (usize, Option<usize>) { self.0.size_hint() }
}
impl Iterator for ToLowercase {
    type Item = char;
    fn next(&mut self) -> Option<char> { self.0.next() }
    fn size_hint(&self) -> (usize, Option<usize>) { self.0.size_hint() }
}
impl ExactSizeIterator for ToUppercase {}
impl ExactSizeIterator for ToLowercase {}

impl fmt::Display for ToUppercase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for c in self.0.clone() {
            f.write_char(c)?;
        }
        Ok(())
    }
}
impl fmt::Display for ToLowercase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for c in self.0.clone() {
            f.write_char(c)?;
        }
        Ok(())
    }
}

#[def_path = "core::char::convert"]

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct CharTryFromError(pub(crate) ());

impl fmt::Display for CharTryFromError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { "converted integer out of range for `char`".fmt(f) }
}

#[def_path = "core::char::convert"]

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseCharError {
    kind: u8,
}

impl fmt::Display for ParseCharError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.kind == 0 { "cannot parse char from empty string".fmt(f) } else { "too many characters in string".fmt(f) }
    }
}

impl crate::str::FromStr for char {
    type Err = ParseCharError;
    fn from_str(s: &str) -> Result<char, ParseCharError> {
        let mut chars = s.chars();
        match (chars.next(), chars.next()) {
            (None, _) => Err(ParseCharError { kind: 0 }),
            (Some(c), None) => Ok(c),
            _ => Err(ParseCharError { kind: 1 }),
        }
    }
}

// ------------------------------------------------------------------ UTF-16 decoding (core::char::decode)

/// Decodes UTF-16 code units into chars (core::char::DecodeUtf16).
#[derive(Clone, Debug)]
pub struct DecodeUtf16<I>
where
    I: Iterator<Item = u16>,
{
    iter: I,
    buf: Option<u16>,
}

/// An unpaired surrogate met by `decode_utf16`.
#[derive(Debug, Clone, Eq, PartialEq)]
pub struct DecodeUtf16Error {
    code: u16,
}

pub fn decode_utf16<I: IntoIterator<Item = u16>>(iter: I) -> DecodeUtf16<I::IntoIter> {
    DecodeUtf16 { iter: iter.into_iter(), buf: None }
}

fn is_utf16_surrogate(u: u16) -> bool { (0xD800..=0xDFFF).contains(&u) }

impl<I: Iterator<Item = u16>> Iterator for DecodeUtf16<I> {
    type Item = Result<char, DecodeUtf16Error>;

    fn next(&mut self) -> Option<Result<char, DecodeUtf16Error>> {
        let u = match self.buf.take() {
            Some(buf) => buf,
            None => self.iter.next()?,
        };
        if !is_utf16_surrogate(u) {
            Some(Ok(unsafe { from_u32_unchecked(u as u32) }))
        } else if u >= 0xDC00 {
            Some(Err(DecodeUtf16Error { code: u }))
        } else {
            let u2 = match self.iter.next() {
                Some(u2) => u2,
                None => return Some(Err(DecodeUtf16Error { code: u })),
            };
            if u2 < 0xDC00 || u2 > 0xDFFF {
                self.buf = Some(u2);
                return Some(Err(DecodeUtf16Error { code: u }));
            }
            let c = (((u & 0x3ff) as u32) << 10 | (u2 & 0x3ff) as u32) + 0x1_0000;
            Some(Ok(unsafe { from_u32_unchecked(c) }))
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let (low, high) = self.iter.size_hint();
        let (low_buf, high_buf) = match self.buf {
            None => (0, 0),
            Some(u) if !is_utf16_surrogate(u) => (1, 1),
            Some(_u) if high == Some(0) => (1, 1),
            Some(_u) => (0, 1),
        };
        let low = low.div_ceil(2) + low_buf;
        let high = high.and_then(|h| h.checked_add(high_buf));
        (low, high)
    }
}

impl<I: Iterator<Item = u16> + crate::iter::FusedIterator> crate::iter::FusedIterator for DecodeUtf16<I> {}

impl DecodeUtf16Error {
    pub fn unpaired_surrogate(&self) -> u16 { self.code }
}

impl fmt::Display for DecodeUtf16Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { write!(f, "unpaired surrogate found: {:x}", self.code) }
}

impl crate::error::Error for DecodeUtf16Error {}
