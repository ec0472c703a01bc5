use crate::fmt;

/// Where a panic happened (std's Location): the source file, line and column.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[lang = "panic_location"]
pub struct Location<'a> {
    file: &'a str,
    line: u32,
    col: u32,
}

impl<'a> Location<'a> {
    #[track_caller]
    pub fn caller() -> &'static Location<'static> { crate::intrinsics::caller_location() }
    pub fn file(&self) -> &str { self.file }
    pub fn line(&self) -> u32 { self.line }
    pub fn column(&self) -> u32 { self.col }
}

impl fmt::Display for Location<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { write!(f, "{}:{}:{}", self.file, self.line, self.col) }
}

pub trait UnwindSafe {}
pub trait RefUnwindSafe {}
