// rustmem's std: the parts of Rust 1.95's core, alloc and std that programs use, as Rust source with
// bodies. The compiler knows it only through its lang items (#[lang = "..."]) and the intrinsics
// (#[rustc_intrinsic]) the interpreter implements; `core::` and `alloc::` paths name this crate too.
// Private fields mirror std 1.95's layouts; algorithms follow std's where programs can observe them.
// Where an item of this crate lives in rustc's std (core, alloc or std, and its module), when that is not where it
// lives here, `std::any::type_name` learns from `#[def_path = "..."]`: on a module its real path, on another item
// the real path of the module holding it.

#[macro_use]
pub mod macros;
#[macro_use]
mod internal_macros;
#[def_path = "core::intrinsics"]
pub mod intrinsics;
#[def_path = "core::marker"]
pub mod marker;
#[def_path = "core::ops"]
pub mod ops;
#[def_path = "core::cmp"]
pub mod cmp;
#[def_path = "core::clone"]
pub mod clone;
#[def_path = "core::default"]
pub mod default;
#[def_path = "core::convert"]
pub mod convert;
#[def_path = "core::option"]
pub mod option;
#[def_path = "core::result"]
pub mod result;
#[def_path = "core::mem"]
pub mod mem;
#[def_path = "core::ptr"]
pub mod ptr;
#[def_path = "alloc::alloc"]
pub mod alloc;
#[def_path = "alloc::boxed"]
pub mod boxed;
pub mod panicking;
pub mod panic;
#[def_path = "core::fmt"]
pub mod fmt;
#[def_path = "core::num"]
pub mod num;
#[def_path = "core::char"]
pub mod char;
#[def_path = "core::bool"]
pub mod bool;
#[def_path = "core::array"]
pub mod array;
#[def_path = "core::slice"]
pub mod slice;
#[def_path = "core::str"]
pub mod str;
#[def_path = "alloc::string"]
pub mod string;
#[def_path = "alloc::vec"]
pub mod vec;
#[def_path = "core::iter"]
pub mod iter;
#[def_path = "core::hash"]
pub mod hash;
#[def_path = "alloc::borrow"]
pub mod borrow;
#[def_path = "core::any"]
pub mod any;
#[def_path = "core::cell"]
pub mod cell;
#[def_path = "alloc::rc"]
pub mod rc;
#[def_path = "core::error"]
pub mod error;
pub mod io;
pub mod process;
pub mod prelude;
pub mod primitive_impls;
#[def_path = "core::pin"]
pub mod pin;
#[def_path = "core::future"]
pub mod future;
#[def_path = "core::task"]
pub mod task;
pub mod collections;
pub mod sync;
pub mod thread;
pub mod time;
pub mod path;
pub mod fs;
pub mod ffi;
pub mod env;
#[def_path = "core::hint"]
pub mod hint;
#[doc(hidden)]
pub mod test;

/// The legacy modules of the float types: `std::f64::consts::PI`, `std::f64::EPSILON`.
pub mod f64 {
    pub use crate::num::consts;
    pub const EPSILON: f64 = f64::EPSILON;
    pub const MAX: f64 = f64::MAX;
    pub const MIN: f64 = f64::MIN;
    pub const MIN_POSITIVE: f64 = f64::MIN_POSITIVE;
    pub const INFINITY: f64 = f64::INFINITY;
    pub const NEG_INFINITY: f64 = f64::NEG_INFINITY;
    pub const NAN: f64 = f64::NAN;
}

pub mod f32 {
    pub mod consts {
        pub const PI: f32 = 3.14159265358979323846264338327950288_f32;
        pub const TAU: f32 = 6.28318530717958647692528676655900577_f32;
        pub const E: f32 = 2.71828182845904523536028747135266250_f32;
        pub const SQRT_2: f32 = 1.41421356237309504880168872420969808_f32;
        pub const LN_2: f32 = 0.693147180559945309417232121458176568_f32;
        pub const LN_10: f32 = 2.30258509299404568401799145468436421_f32;
        pub const FRAC_PI_2: f32 = 1.57079632679489661923132169163975144_f32;
        pub const FRAC_PI_4: f32 = 0.785398163397448309615660845819875721_f32;
    }
    pub const EPSILON: f32 = f32::EPSILON;
    pub const MAX: f32 = f32::MAX;
    pub const MIN: f32 = f32::MIN;
    pub const INFINITY: f32 = f32::INFINITY;
    pub const NAN: f32 = f32::NAN;
}

macro_rules! int_module {
    ($($m:ident)*) => {
        $(
            pub mod $m {
                pub const MAX: $m = $m::MAX;
                pub const MIN: $m = $m::MIN;
            }
        )*
    };
}
int_module! { i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize }
