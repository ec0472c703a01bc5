// What format_args! builds (core::fmt::rt): type-erased arguments and the placeholders' specs.
use super::{Formatter, Result};
use crate::marker::PhantomData;

#[lang = "format_placeholder"]
#[derive(Copy, Clone)]
pub struct Placeholder {
    pub position: usize,
    pub fill: char,
    pub align: Alignment,
    pub flags: u32,
    pub precision: Count,
    pub width: Count,
}

impl Placeholder {
    pub const fn new(position: usize, fill: char, align: Alignment, flags: u32, precision: Count, width: Count) -> Self {
        Self { position, fill, align, flags, precision, width }
    }
}

#[lang = "format_alignment"]
#[derive(Copy, Clone, PartialEq, Eq)]
pub enum Alignment {
    Left,
    Right,
    Center,
    Unknown,
}

#[lang = "format_count"]
#[derive(Copy, Clone)]
pub enum Count {
    Is(usize),
    Param(usize),
    Implied,
}

/// One argument: a pointer to the value and the function of the trait it is formatted with.
#[lang = "format_argument"]
#[derive(Copy, Clone)]
pub struct Argument<'a> {
    value: *const (),
    formatter: fn(*const (), &mut Formatter<'_>) -> Result,
    _lifetime: PhantomData<&'a ()>,
}

macro_rules! argument_new {
    ($name:ident, $tr:path) => {
        pub fn $name<T: $tr>(x: &'a T) -> Argument<'a> {
            let f: fn(&T, &mut Formatter<'_>) -> Result = <T as $tr>::fmt;
            unsafe {
                Argument {
                    value: x as *const T as *const (),
                    formatter: crate::mem::transmute::<fn(&T, &mut Formatter<'_>) -> Result, fn(*const (), &mut Formatter<'_>) -> Result>(f),
                    _lifetime: PhantomData,
                }
            }
        }
    };
}

impl<'a> Argument<'a> {
    argument_new!(new_display, super::Display);
    argument_new!(new_debug, super::Debug);
    argument_new!(new_octal, super::Octal);
    argument_new!(new_lower_hex, super::LowerHex);
    argument_new!(new_upper_hex, super::UpperHex);
    argument_new!(new_pointer, super::Pointer);
    argument_new!(new_binary, super::Binary);
    argument_new!(new_lower_exp, super::LowerExp);
    argument_new!(new_upper_exp, super::UpperExp);

    pub fn from_usize(x: &'a usize) -> Argument<'a> {
        let f: fn(&usize, &mut Formatter<'_>) -> Result = usize_marker;
        unsafe {
            Argument {
                value: x as *const usize as *const (),
                formatter: crate::mem::transmute::<fn(&usize, &mut Formatter<'_>) -> Result, fn(*const (), &mut Formatter<'_>) -> Result>(f),
                _lifetime: PhantomData,
            }
        }
    }

    pub(crate) fn fmt(&self, f: &mut Formatter<'_>) -> Result { (self.formatter)(self.value, f) }

    /// The value of a `from_usize` argument (a width or precision given as an argument).
    pub(crate) fn as_usize(&self) -> usize { unsafe { *(self.value as *const usize) } }
}

fn usize_marker(_x: &usize, _f: &mut Formatter<'_>) -> Result { Ok(()) }
