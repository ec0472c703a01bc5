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

/// Bytes as mostly-UTF-8 text (core's ByteStr formatting over `<[u8]>::utf8_chunks`, used by OsStr, Path and CStr).
pub(crate) mod bytes {
    use crate::fmt;
    use crate::fmt::Write;

    /// `<[u8]>::utf8_chunks().debug()`: a quoted string, str's escapes, invalid bytes as `\xFF`.
    pub(crate) fn debug_utf8_chunks(bytes: &[u8], f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_char('"')?;
        for chunk in bytes.utf8_chunks() {
            let valid = chunk.valid();
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
            for &b in chunk.invalid() {
                write!(f, "\\x{:02X}", b)?;
            }
        }
        f.write_char('"')
    }

    /// ByteStr's Display: the text with U+FFFD for each invalid sequence, padded to the width.
    pub(crate) fn display_lossy(bytes: &[u8], f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut nchars: usize = 0;
        for chunk in bytes.utf8_chunks() {
            nchars += chunk.valid().chars().count() + if chunk.invalid().is_empty() { 0 } else { 1 };
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
        for chunk in bytes.utf8_chunks() {
            f.write_str(chunk.valid())?;
            if !chunk.invalid().is_empty() {
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
        for chunk in bytes.utf8_chunks() {
            for c in chunk.valid().chars() {
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
            for &b in chunk.invalid() {
                write_escape_ascii(b, f)?;
            }
        }
        f.write_char('"')
    }

    /// u8::escape_ascii, written to f.
    fn write_escape_ascii(b: u8, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for e in b.escape_ascii() {
            f.write_char(e as char)?;
        }
        Ok(())
    }
}
