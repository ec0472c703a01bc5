// rustmem's std: the parts of Rust 1.95's core, alloc and std that programs use, as Rust source with
// bodies. The compiler knows it only through its lang items (#[lang = "..."]) and the intrinsics
// (#[rustc_intrinsic]) the interpreter implements; `core::` and `alloc::` paths name this crate too.
// Private fields mirror std 1.95's layouts; algorithms follow std's where programs can observe them.

#[macro_use]
pub mod macros;
pub mod intrinsics;
pub mod marker;
pub mod ops;
pub mod cmp;
pub mod clone;
pub mod default;
pub mod convert;
pub mod option;
pub mod result;
pub mod mem;
pub mod ptr;
pub mod alloc;
pub mod boxed;
pub mod panicking;
pub mod panic;
pub mod fmt;
pub mod num;
pub mod char;
pub mod bool;
pub mod array;
pub mod slice;
pub mod str;
pub mod string;
pub mod vec;
pub mod iter;
pub mod hash;
pub mod borrow;
pub mod any;
pub mod cell;
pub mod rc;
pub mod error;
pub mod io;
pub mod process;
pub mod prelude;
pub mod primitive_impls;
pub mod pin;
pub mod future;
pub mod task;
pub mod collections;
pub mod sync;
pub mod thread;
pub mod time;
pub mod path;
pub mod fs;
pub mod ffi;
pub mod env;
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
