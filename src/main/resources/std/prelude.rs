// The preludes (std::prelude): what every module sees without importing it.
pub mod rust_2024 {
    pub use crate::marker::{Copy, Send, Sized, Sync, Unpin};
    pub use crate::ops::{Drop, Fn, FnMut, FnOnce};
    pub use crate::mem::{drop, size_of, size_of_val, align_of, align_of_val};
    pub use crate::clone::Clone;
    pub use crate::cmp::{Eq, Ord, PartialEq, PartialOrd};
    pub use crate::convert::{AsMut, AsRef, From, Into, TryFrom, TryInto};
    pub use crate::default::Default;
    pub use crate::iter::{DoubleEndedIterator, ExactSizeIterator, Extend, IntoIterator, Iterator, FromIterator};
    pub use crate::option::Option::{self, None, Some};
    pub use crate::result::Result::{self, Err, Ok};
    pub use crate::boxed::Box;
    pub use crate::borrow::ToOwned;
    pub use crate::string::{String, ToString};
    pub use crate::vec::Vec;
}

pub mod rust_2021 {
    pub use super::rust_2024::*;
}

pub mod v1 {
    pub use super::rust_2024::*;
}
