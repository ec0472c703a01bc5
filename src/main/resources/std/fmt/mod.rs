// std::fmt: the formatting traits, Arguments as format_args! builds them, the Formatter that writes pieces
// and arguments as it goes (core::fmt::write), padding and alignment as core computes them.

use crate::cell::Cell;
pub mod rt;
#[def_path = "core::fmt::builders"]
mod builders;
pub(crate) mod num;
mod float;

pub use builders::{DebugList, DebugMap, DebugSet, DebugStruct, DebugTuple};

pub type Result = crate::result::Result<(), Error>;

#[derive(Copy, Clone, Debug, Default, Eq, Hash, Ord, PartialEq, PartialOrd)]
pub struct Error;

impl Display for Error {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result { Display::fmt("an error occurred when formatting an argument", f) }
}

pub trait Write {
    fn write_str(&mut self, s: &str) -> Result;
    fn write_char(&mut self, c: char) -> Result { self.write_str(c.encode_utf8(&mut [0; 4])) }
    fn write_fmt(&mut self, args: Arguments<'_>) -> Result { write(&mut self, args) }
}

impl<W: Write + ?Sized> Write for &mut W {
    fn write_str(&mut self, s: &str) -> Result { (**self).write_str(s) }
    fn write_char(&mut self, c: char) -> Result { (**self).write_char(c) }
    fn write_fmt(&mut self, args: Arguments<'_>) -> Result { (**self).write_fmt(args) }
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Alignment {
    Left,
    Right,
    Center,
}

// ------------------------------------------------------------------ Arguments

/// A format string with its arguments, as format_args! builds it: the literal pieces, the arguments (each
/// with the formatting function of its trait), and the placeholders' specs when some are not the default.
#[lang = "format_arguments"]
#[derive(Copy, Clone)]
pub struct Arguments<'a> {
    pieces: &'a [&'static str],
    fmt: Option<&'a [rt::Placeholder]>,
    args: &'a [rt::Argument<'a>],
}

impl<'a> Arguments<'a> {
    pub const fn new_const(pieces: &'a [&'static str]) -> Self { Arguments { pieces, fmt: None, args: &[] } }
    pub fn new_v1(pieces: &'a [&'static str], args: &'a [rt::Argument<'a>]) -> Arguments<'a> { Arguments { pieces, fmt: None, args } }
    pub fn new_v1_formatted(pieces: &'a [&'static str], args: &'a [rt::Argument<'a>], placeholders: &'a [rt::Placeholder]) -> Arguments<'a> {
        Arguments { pieces, fmt: Some(placeholders), args }
    }

    /// The capacity format! starts its String with (std's estimate).
    pub fn estimated_capacity(&self) -> usize {
        let mut pieces_length = 0usize;
        for p in self.pieces.iter() {
            pieces_length = pieces_length + p.len();
        }
        if self.args.is_empty() {
            pieces_length
        } else if !self.pieces.is_empty() && self.pieces[0].is_empty() && pieces_length < 16 {
            0
        } else {
            pieces_length.checked_mul(2).unwrap_or(0)
        }
    }

    pub const fn as_str(&self) -> Option<&'static str> {
        match (self.pieces, self.args) {
            ([], []) => Some(""),
            ([s], []) => Some(s),
            _ => None,
        }
    }
}

impl Debug for Arguments<'_> {
    fn fmt(&self, fmt: &mut Formatter<'_>) -> Result { Display::fmt(self, fmt) }
}

impl Display for Arguments<'_> {
    fn fmt(&self, fmt: &mut Formatter<'_>) -> Result { write(fmt.buf, *self) }
}

/// Writes the pieces and formatted arguments one after the other into output (core::fmt::write).
pub fn write(output: &mut dyn Write, args: Arguments<'_>) -> Result {
    let mut fmt = Formatter::new(output);
    let mut idx = 0;
    match args.fmt {
        None => {
            let mut i = 0;
            while i < args.args.len() {
                let piece = args.pieces[i];
                if !piece.is_empty() {
                    fmt.buf.write_str(piece)?;
                }
                args.args[i].fmt(&mut fmt)?;
                idx = idx + 1;
                i = i + 1;
            }
        }
        Some(placeholders) => {
            let mut i = 0;
            while i < placeholders.len() {
                let piece = args.pieces[i];
                if !piece.is_empty() {
                    fmt.buf.write_str(piece)?;
                }
                run(&mut fmt, &placeholders[i], args.args)?;
                idx = idx + 1;
                i = i + 1;
            }
        }
    }
    if idx < args.pieces.len() {
        fmt.buf.write_str(args.pieces[idx])?;
    }
    Ok(())
}

fn run(fmt: &mut Formatter<'_>, arg: &rt::Placeholder, args: &[rt::Argument<'_>]) -> Result {
    fmt.fill = arg.fill;
    fmt.align = arg.align;
    fmt.flags = arg.flags;
    fmt.width = getcount(args, &arg.width);
    fmt.precision = getcount(args, &arg.precision);
    let value = &args[arg.position];
    let r = value.fmt(fmt);
    fmt.fill = ' ';
    fmt.align = rt::Alignment::Unknown;
    fmt.flags = 0;
    fmt.width = None;
    fmt.precision = None;
    r
}

fn getcount(args: &[rt::Argument<'_>], cnt: &rt::Count) -> Option<usize> {
    match *cnt {
        rt::Count::Is(n) => Some(n as usize),
        rt::Count::Implied => None,
        rt::Count::Param(i) => Some(args[i].as_usize()),
    }
}

// ------------------------------------------------------------------ Formatter

/// Where a value writes itself, with the options of its placeholder (fill, alignment, width, precision, flags).
pub struct Formatter<'a> {
    flags: u32,
    fill: char,
    align: rt::Alignment,
    width: Option<usize>,
    precision: Option<usize>,
    buf: &'a mut (dyn Write + 'a),
}

const SIGN_PLUS: u32 = 1 << 0;
const SIGN_MINUS: u32 = 1 << 1;
const ALTERNATE: u32 = 1 << 2;
const ZERO_PAD: u32 = 1 << 3;
const DEBUG_LOWER_HEX: u32 = 1 << 4;
const DEBUG_UPPER_HEX: u32 = 1 << 5;

/// Fill written after a value (what padding leaves for the right side).
pub(crate) struct PostPadding {
    fill: char,
    padding: usize,
}

impl PostPadding {
    pub(crate) fn write(self, f: &mut Formatter<'_>) -> Result {
        let mut i = 0;
        while i < self.padding {
            f.buf.write_char(self.fill)?;
            i = i + 1;
        }
        Ok(())
    }
}

impl<'a> Formatter<'a> {
    pub fn new(buf: &'a mut (dyn Write + 'a)) -> Formatter<'a> {
        Formatter { flags: 0, fill: ' ', align: rt::Alignment::Unknown, width: None, precision: None, buf }
    }

    /// The same options writing to another buffer (the pad adapter of {:#?}).
    pub(crate) fn wrap_buf<'b, 'c>(&'b mut self, buf: &'c mut (dyn Write + 'c)) -> Formatter<'c> {
        Formatter { flags: self.flags, fill: self.fill, align: self.align, width: self.width, precision: self.precision, buf }
    }

    pub fn pad_integral(&mut self, is_nonnegative: bool, prefix: &str, buf: &str) -> Result {
        let mut width = buf.len();
        let mut sign = None;
        if !is_nonnegative {
            sign = Some('-');
            width = width + 1;
        } else if self.sign_plus() {
            sign = Some('+');
            width = width + 1;
        }
        let prefix = if self.alternate() {
            width = width + prefix.chars().count();
            Some(prefix)
        } else {
            None
        };
        match self.width {
            None => {
                write_prefix(self, sign, prefix)?;
                self.buf.write_str(buf)
            }
            Some(min) if width >= min => {
                write_prefix(self, sign, prefix)?;
                self.buf.write_str(buf)
            }
            Some(min) if self.sign_aware_zero_pad() => {
                let old_fill = crate::mem::replace(&mut self.fill, '0');
                let old_align = crate::mem::replace(&mut self.align, rt::Alignment::Right);
                write_prefix(self, sign, prefix)?;
                let post_padding = self.padding(min - width, Alignment::Right)?;
                self.buf.write_str(buf)?;
                post_padding.write(self)?;
                self.fill = old_fill;
                self.align = old_align;
                Ok(())
            }
            Some(min) => {
                let post_padding = self.padding(min - width, Alignment::Right)?;
                write_prefix(self, sign, prefix)?;
                self.buf.write_str(buf)?;
                post_padding.write(self)
            }
        }
    }

    pub fn pad(&mut self, s: &str) -> Result {
        if self.width.is_none() && self.precision.is_none() {
            return self.buf.write_str(s);
        }
        let s = if let Some(max) = self.precision {
            // at most `max` chars
            let mut end = s.len();
            let mut count = 0;
            for (i, _) in s.char_indices() {
                if count == max {
                    end = i;
                    break;
                }
                count = count + 1;
            }
            s.get(..end).unwrap_or(s)
        } else {
            s
        };
        match self.width {
            None => self.buf.write_str(s),
            Some(width) => {
                let chars_count = s.chars().count();
                if chars_count >= width {
                    self.buf.write_str(s)
                } else {
                    let post_padding = self.padding(width - chars_count, Alignment::Left)?;
                    self.buf.write_str(s)?;
                    post_padding.write(self)
                }
            }
        }
    }

    /// Writes the fill before a value of `padding` missing chars aligned by default as given; returns the fill after it.
    pub(crate) fn padding(&mut self, padding: usize, default: Alignment) -> crate::result::Result<PostPadding, Error> {
        let align = match self.align {
            rt::Alignment::Unknown => default,
            rt::Alignment::Left => Alignment::Left,
            rt::Alignment::Right => Alignment::Right,
            rt::Alignment::Center => Alignment::Center,
        };
        let (pre_pad, post_pad) = match align {
            Alignment::Left => (0, padding),
            Alignment::Right => (padding, 0),
            Alignment::Center => (padding / 2, (padding + 1) / 2),
        };
        let mut i = 0;
        while i < pre_pad {
            self.buf.write_char(self.fill)?;
            i = i + 1;
        }
        Ok(PostPadding { fill: self.fill, padding: post_pad })
    }

    pub fn write_str(&mut self, data: &str) -> Result { self.buf.write_str(data) }
    pub fn write_char(&mut self, c: char) -> Result { self.buf.write_char(c) }
    pub fn write_fmt(&mut self, fmt: Arguments<'_>) -> Result {
        if let Some(s) = fmt.as_str() { self.buf.write_str(s) } else { write(self.buf, fmt) }
    }

    pub fn fill(&self) -> char { self.fill }
    pub fn align(&self) -> Option<Alignment> {
        match self.align {
            rt::Alignment::Left => Some(Alignment::Left),
            rt::Alignment::Right => Some(Alignment::Right),
            rt::Alignment::Center => Some(Alignment::Center),
            rt::Alignment::Unknown => None,
        }
    }
    pub fn width(&self) -> Option<usize> { self.width }
    pub fn precision(&self) -> Option<usize> { self.precision }
    pub fn sign_plus(&self) -> bool { self.flags & SIGN_PLUS != 0 }
    pub fn sign_minus(&self) -> bool { self.flags & SIGN_MINUS != 0 }
    pub fn alternate(&self) -> bool { self.flags & ALTERNATE != 0 }
    pub fn sign_aware_zero_pad(&self) -> bool { self.flags & ZERO_PAD != 0 }
    pub(crate) fn debug_lower_hex(&self) -> bool { self.flags & DEBUG_LOWER_HEX != 0 }
    pub(crate) fn debug_upper_hex(&self) -> bool { self.flags & DEBUG_UPPER_HEX != 0 }

    pub fn debug_struct<'b>(&'b mut self, name: &str) -> DebugStruct<'b, 'a> { builders::debug_struct_new(self, name) }
    pub fn debug_tuple<'b>(&'b mut self, name: &str) -> DebugTuple<'b, 'a> { builders::debug_tuple_new(self, name) }
    pub fn debug_list<'b>(&'b mut self) -> DebugList<'b, 'a> { builders::debug_list_new(self) }
    pub fn debug_set<'b>(&'b mut self) -> DebugSet<'b, 'a> { builders::debug_set_new(self) }
    pub fn debug_map<'b>(&'b mut self) -> DebugMap<'b, 'a> { builders::debug_map_new(self) }
}

impl Write for Formatter<'_> {
    fn write_str(&mut self, s: &str) -> Result { self.buf.write_str(s) }
    fn write_char(&mut self, c: char) -> Result { self.buf.write_char(c) }
    fn write_fmt(&mut self, args: Arguments<'_>) -> Result {
        if let Some(s) = args.as_str() { self.buf.write_str(s) } else { write(self.buf, args) }
    }
}

fn write_prefix(f: &mut Formatter<'_>, sign: Option<char>, prefix: Option<&str>) -> Result {
    if let Some(c) = sign {
        f.buf.write_char(c)?;
    }
    if let Some(prefix) = prefix { f.buf.write_str(prefix) } else { Ok(()) }
}

// ------------------------------------------------------------------ the traits

#[rustc_on_unimplemented(message = "`{Self}` doesn't implement `Debug`",
    label = "`{Self}` cannot be formatted using `{:?}` because it doesn't implement `Debug`")]
pub trait Debug {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}

#[rustc_on_unimplemented(message = "`{Self}` doesn't implement `std::fmt::Display`",
    label = "`{Self}` cannot be formatted with the default formatter")]
pub trait Display {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}

pub trait Octal {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}
pub trait Binary {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}
pub trait LowerHex {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}
pub trait UpperHex {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}
pub trait Pointer {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}
pub trait LowerExp {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}
pub trait UpperExp {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result;
}

/// format!: a String of what args write, with std's capacity estimate.
pub fn format(args: Arguments<'_>) -> crate::string::String {
    match args.as_str() {
        Some(s) => crate::string::String::from(s),
        None => format_inner(args),
    }
}

fn format_inner(args: Arguments<'_>) -> crate::string::String {
    let capacity = args.estimated_capacity();
    let mut output = crate::string::String::with_capacity(capacity);
    output.write_fmt(args).expect("a formatting trait implementation returned an error when the underlying stream did not");
    output
}

/// `{:p}`: the address in hex with `0x`, as core's pointer_fmt_inner.
pub(crate) fn pointer_fmt_inner(addr: usize, f: &mut Formatter<'_>) -> Result {
    let old_width = f.width;
    let old_flags = f.flags;
    if f.alternate() {
        f.flags = f.flags | ZERO_PAD;
        if f.width.is_none() {
            f.width = Some((usize::BITS / 4) as usize + 2);
        }
    }
    f.flags = f.flags | ALTERNATE;
    let ret = LowerHex::fmt(&addr, f);
    f.width = old_width;
    f.flags = old_flags;
    ret
}

// ------------------------------------------------------------------ impls for references and primitives

macro_rules! fmt_ref {
    ($($tr:ident),*) => {
        $(
            impl<T: ?Sized + $tr> $tr for &T {
                fn fmt(&self, f: &mut Formatter<'_>) -> Result { $tr::fmt(&**self, f) }
            }
            impl<T: ?Sized + $tr> $tr for &mut T {
                fn fmt(&self, f: &mut Formatter<'_>) -> Result { $tr::fmt(&**self, f) }
            }
        )*
    };
}
fmt_ref! { Debug, Display, Octal, Binary, LowerHex, UpperHex, LowerExp, UpperExp }

impl Debug for bool {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result { Display::fmt(self, f) }
}
impl Display for bool {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result { Display::fmt(if *self { "true" } else { "false" }, f) }
}

impl Display for str {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result { f.pad(self) }
}

impl Debug for str {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        f.write_char('"')?;
        let mut from = 0;
        for (i, c) in self.char_indices() {
            let esc = c.escape_debug_ext(false, true);
            if esc.len() != 1 {
                f.write_str(&self[from..i])?;
                for e in esc {
                    f.write_char(e)?;
                }
                from = i + c.len_utf8();
            }
        }
        f.write_str(&self[from..])?;
        f.write_char('"')
    }
}

impl Display for char {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        if f.width.is_none() && f.precision.is_none() {
            f.write_char(*self)
        } else {
            f.pad(self.encode_utf8(&mut [0; 4]))
        }
    }
}

impl Debug for char {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result {
        f.write_char('\'')?;
        for c in self.escape_debug_ext(true, false) {
            f.write_char(c)?;
        }
        f.write_char('\'')
    }
}

impl Debug for () {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result { f.pad("()") }
}

impl Debug for ! {
    fn fmt(&self, _: &mut Formatter<'_>) -> Result { *self }
}
impl Display for ! {
    fn fmt(&self, _: &mut Formatter<'_>) -> Result { *self }
}

impl<T: Debug> Debug for [T] {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result { f.debug_list().entries(self.iter()).finish() }
}

impl<T: Debug, const N: usize> Debug for [T; N] {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result { Debug::fmt(&self[..], f) }
}

macro_rules! tuple_debug {
    ($($name:ident)+) => {
        impl<$($name: Debug),+> Debug for ($($name,)+) {
            #[allow(non_snake_case)]
            fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                let ($(ref $name,)+) = *self;
                let mut builder = f.debug_tuple("");
                $( builder.field($name); )+
                builder.finish()
            }
        }
    };
}
tuple_debug! { A }
tuple_debug! { A B }
tuple_debug! { A B C }
tuple_debug! { A B C D }
tuple_debug! { A B C D E }
tuple_debug! { A B C D E F }
tuple_debug! { A B C D E F G }
tuple_debug! { A B C D E F G H }
tuple_debug! { A B C D E F G H I }
tuple_debug! { A B C D E F G H I J }
tuple_debug! { A B C D E F G H I J K }
tuple_debug! { A B C D E F G H I J K L }

impl<T: Copy + Debug> Debug for Cell<T> {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result { f.debug_struct("Cell").field("value", &self.get()).finish() }
}
