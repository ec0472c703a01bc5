// std::ffi: OsStr/OsString (on Unix any bytes, os_str.rs), CStr/CString (nul-terminated bytes, c_str.rs),
// the C type aliases and c_void.
pub mod c_str;
pub mod os_str;

pub use self::c_str::{CStr, CString, FromBytesUntilNulError, FromBytesWithNulError, FromVecWithNulError, IntoStringError, NulError};
pub use self::os_str::{OsStr, OsString};

pub type c_char = i8;
pub type c_schar = i8;
pub type c_uchar = u8;
pub type c_short = i16;
pub type c_ushort = u16;
pub type c_int = i32;
pub type c_uint = u32;
pub type c_long = i64;
pub type c_ulong = u64;
pub type c_longlong = i64;
pub type c_ulonglong = u64;
pub type c_float = f32;
pub type c_double = f64;

/// C's void (as a pointee: `*mut c_void`).
#[repr(u8)]
pub enum c_void {
    #[doc(hidden)]
    __variant1,
    #[doc(hidden)]
    __variant2,
}

impl crate::fmt::Debug for c_void {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result { f.debug_struct("c_void").finish() }
}

/// Bytes as mostly-UTF-8 text (core's Utf8Chunks and ByteStr, used by OsStr, Path and CStr).
pub(crate) mod bytes {
    use crate::fmt;
    use crate::fmt::Write;

    pub(crate) struct Utf8Chunk<'a> {
        pub(crate) valid: &'a str,
        pub(crate) invalid: &'a [u8],
    }

    pub(crate) struct Utf8Chunks<'a> {
        source: &'a [u8],
    }

    pub(crate) fn utf8_chunks(source: &[u8]) -> Utf8Chunks<'_> { Utf8Chunks { source } }

    impl<'a> Iterator for Utf8Chunks<'a> {
        type Item = Utf8Chunk<'a>;

        fn next(&mut self) -> Option<Utf8Chunk<'a>> {
            if self.source.is_empty() {
                return None;
            }
            const TAG_CONT_U8: u8 = 128;
            fn safe_get(xs: &[u8], i: usize) -> u8 {
                match xs.get(i) {
                    Some(b) => *b,
                    None => 0,
                }
            }
            let mut i = 0;
            let mut valid_up_to = 0;
            while i < self.source.len() {
                let byte = self.source[i];
                i += 1;
                if byte >= 128 {
                    let w = crate::str::utf8_char_width(byte);
                    match w {
                        2 => {
                            if safe_get(self.source, i) & 192 != TAG_CONT_U8 {
                                break;
                            }
                            i += 1;
                        }
                        3 => {
                            match (byte, safe_get(self.source, i)) {
                                (0xE0, 0xA0..=0xBF) => (),
                                (0xE1..=0xEC, 0x80..=0xBF) => (),
                                (0xED, 0x80..=0x9F) => (),
                                (0xEE..=0xEF, 0x80..=0xBF) => (),
                                _ => break,
                            }
                            i += 1;
                            if safe_get(self.source, i) & 192 != TAG_CONT_U8 {
                                break;
                            }
                            i += 1;
                        }
                        4 => {
                            match (byte, safe_get(self.source, i)) {
                                (0xF0, 0x90..=0xBF) => (),
                                (0xF1..=0xF3, 0x80..=0xBF) => (),
                                (0xF4, 0x80..=0x8F) => (),
                                _ => break,
                            }
                            i += 1;
                            if safe_get(self.source, i) & 192 != TAG_CONT_U8 {
                                break;
                            }
                            i += 1;
                            if safe_get(self.source, i) & 192 != TAG_CONT_U8 {
                                break;
                            }
                            i += 1;
                        }
                        _ => break,
                    }
                }
                valid_up_to = i;
            }
            let (inspected, remaining) = self.source.split_at(i);
            self.source = remaining;
            let (valid, invalid) = inspected.split_at(valid_up_to);
            Some(Utf8Chunk { valid: unsafe { crate::str::from_utf8_unchecked(valid) }, invalid })
        }
    }

    /// `<[u8]>::utf8_chunks().debug()`: a quoted string, str's escapes, invalid bytes as `\xFF`.
    pub(crate) fn debug_utf8_chunks(bytes: &[u8], f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_char('"')?;
        for chunk in utf8_chunks(bytes) {
            let valid = chunk.valid;
            let mut from = 0;
            for (i, c) in valid.char_indices() {
                let esc = c.escape_debug_ext(false, true);
                if esc.len() != 1 {
                    f.write_str(&valid[from..i])?;
                    for c in esc {
                        f.write_char(c)?;
                    }
                    from = i + c.len_utf8();
                }
            }
            f.write_str(&valid[from..])?;
            for &b in chunk.invalid {
                write!(f, "\\x{:02X}", b)?;
            }
        }
        f.write_char('"')
    }

    /// ByteStr's Display: the text with U+FFFD for each invalid sequence, padded to the width.
    pub(crate) fn display_lossy(bytes: &[u8], f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut nchars: usize = 0;
        for chunk in utf8_chunks(bytes) {
            nchars += chunk.valid.chars().count() + if chunk.invalid.is_empty() { 0 } else { 1 };
        }
        let padding = match f.width() {
            Some(w) => w.saturating_sub(nchars),
            None => 0,
        };
        let fill = f.fill();
        let (lpad, rpad) = match f.align() {
            Some(fmt::Alignment::Right) => (padding, 0),
            Some(fmt::Alignment::Center) => {
                let half = padding / 2;
                (half, half + padding % 2)
            }
            _ => (0, padding),
        };
        for _ in 0..lpad {
            f.write_char(fill)?;
        }
        for chunk in utf8_chunks(bytes) {
            f.write_str(chunk.valid)?;
            if !chunk.invalid.is_empty() {
                f.write_str("\u{FFFD}")?;
            }
        }
        for _ in 0..rpad {
            f.write_char(fill)?;
        }
        Ok(())
    }

    /// ByteStr's Debug (CStr): ASCII escaped as u8::escape_ascii (`\xe9` for other bytes).
    pub(crate) fn debug_byte_str(bytes: &[u8], f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_char('"')?;
        for chunk in utf8_chunks(bytes) {
            for c in chunk.valid.chars() {
                match c {
                    '\0' => f.write_str("\\0")?,
                    '\x01'..='\x7f' => write_escape_ascii(c as u8, f)?,
                    _ => {
                        for e in c.escape_debug() {
                            f.write_char(e)?;
                        }
                    }
                }
            }
            for &b in chunk.invalid {
                write_escape_ascii(b, f)?;
            }
        }
        f.write_char('"')
    }

    fn write_escape_ascii(b: u8, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match b {
            b'\t' => f.write_str("\\t"),
            b'\r' => f.write_str("\\r"),
            b'\n' => f.write_str("\\n"),
            b'\\' => f.write_str("\\\\"),
            b'\'' => f.write_str("\\'"),
            b'"' => f.write_str("\\\""),
            0x20..=0x7e => f.write_char(b as char),
            _ => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                f.write_str("\\x")?;
                f.write_char(HEX[(b >> 4) as usize] as char)?;
                f.write_char(HEX[(b & 0xf) as usize] as char)
            }
        }
    }
}
