// f32 and f64: constants, methods (sqrt and rounding as IEEE does them; the libm functions as glibc computes
// them, through the interpreter), parsing as core's dec2flt accepts it.
use crate::intrinsics;
use crate::fmt;
use crate::str::FromStr;

macro_rules! float_impl {
    ($t:ident, $bits_t:ident, $is_f32:expr, $sqrt:ident, $powi:ident, $floor:ident, $ceil:ident, $round:ident, $trunc:ident,
     $fabs:ident, $copysign:ident, $fma:ident, $libm:ident, $file:literal, $clamp_line:expr) => {
        impl $t {
            pub fn sqrt(self) -> $t { intrinsics::$sqrt(self) }
            pub fn powi(self, n: i32) -> $t { intrinsics::$powi(self, n) }
            pub fn powf(self, n: $t) -> $t { intrinsics::$libm("pow", self, n) }
            pub fn floor(self) -> $t { intrinsics::$floor(self) }
            pub fn ceil(self) -> $t { intrinsics::$ceil(self) }
            pub fn round(self) -> $t { intrinsics::$round(self) }
            pub fn round_ties_even(self) -> $t {
                // rint: round half to even (x / 2 is exact for every x that has a fraction of one half)
                let r = self.round();
                if (r - self).abs() == 0.5 { 2.0 * (self / 2.0).round() } else { r }
            }
            pub fn trunc(self) -> $t { intrinsics::$trunc(self) }
            pub fn fract(self) -> $t { self - self.trunc() }
            pub fn abs(self) -> $t { intrinsics::$fabs(self) }
            pub fn signum(self) -> $t { if self.is_nan() { Self::NAN } else { intrinsics::$copysign(1.0, self) } }
            pub fn copysign(self, sign: $t) -> $t { intrinsics::$copysign(self, sign) }
            pub fn mul_add(self, a: $t, b: $t) -> $t { intrinsics::$fma(self, a, b) }
            pub fn div_euclid(self, rhs: $t) -> $t {
                let q = (self / rhs).trunc();
                if self % rhs < 0.0 {
                    return if rhs > 0.0 { q - 1.0 } else { q + 1.0 };
                }
                q
            }
            pub fn rem_euclid(self, rhs: $t) -> $t {
                let r = self % rhs;
                if r < 0.0 { r + rhs.abs() } else { r }
            }
            pub fn exp(self) -> $t { intrinsics::$libm("exp", self, 0.0) }
            pub fn exp2(self) -> $t { intrinsics::$libm("exp2", self, 0.0) }
            pub fn exp_m1(self) -> $t { intrinsics::$libm("expm1", self, 0.0) }
            pub fn ln(self) -> $t { intrinsics::$libm("log", self, 0.0) }
            pub fn log(self, base: $t) -> $t { self.ln() / base.ln() }
            pub fn log2(self) -> $t { intrinsics::$libm("log2", self, 0.0) }
            pub fn log10(self) -> $t { intrinsics::$libm("log10", self, 0.0) }
            pub fn ln_1p(self) -> $t { intrinsics::$libm("log1p", self, 0.0) }
            pub fn cbrt(self) -> $t { intrinsics::$libm("cbrt", self, 0.0) }
            pub fn hypot(self, other: $t) -> $t { intrinsics::$libm("hypot", self, other) }
            pub fn sin(self) -> $t { intrinsics::$libm("sin", self, 0.0) }
            pub fn cos(self) -> $t { intrinsics::$libm("cos", self, 0.0) }
            pub fn tan(self) -> $t { intrinsics::$libm("tan", self, 0.0) }
            pub fn asin(self) -> $t { intrinsics::$libm("asin", self, 0.0) }
            pub fn acos(self) -> $t { intrinsics::$libm("acos", self, 0.0) }
            pub fn atan(self) -> $t { intrinsics::$libm("atan", self, 0.0) }
            pub fn atan2(self, other: $t) -> $t { intrinsics::$libm("atan2", self, other) }
            pub fn sin_cos(self) -> ($t, $t) { (self.sin(), self.cos()) }
            pub fn sinh(self) -> $t { intrinsics::$libm("sinh", self, 0.0) }
            pub fn cosh(self) -> $t { intrinsics::$libm("cosh", self, 0.0) }
            pub fn tanh(self) -> $t { intrinsics::$libm("tanh", self, 0.0) }
            pub fn asinh(self) -> $t { intrinsics::$libm("asinh", self, 0.0) }
            pub fn acosh(self) -> $t { intrinsics::$libm("acosh", self, 0.0) }
            pub fn atanh(self) -> $t { intrinsics::$libm("atanh", self, 0.0) }
            pub fn recip(self) -> $t { 1.0 / self }
            pub fn to_degrees(self) -> $t { self * (180.0 / consts::PI as $t) }
            pub fn to_radians(self) -> $t { self * (consts::PI as $t / 180.0) }
            pub fn max(self, other: $t) -> $t {
                if self.is_nan() { other } else if other.is_nan() { self } else if self < other { other } else { self }
            }
            pub fn min(self, other: $t) -> $t {
                if self.is_nan() { other } else if other.is_nan() { self } else if other < self { other } else { self }
            }
            pub fn maximum(self, other: $t) -> $t { if self.is_nan() || other.is_nan() { Self::NAN } else { self.max(other) } }
            pub fn minimum(self, other: $t) -> $t { if self.is_nan() || other.is_nan() { Self::NAN } else { self.min(other) } }
            pub fn clamp(mut self, min: $t, max: $t) -> $t {
                if !(min <= max) {
                    std_panic!($file, $clamp_line, 9, "min > max, or either was NaN. min = {min:?}, max = {max:?}");
                }
                if self < min { self = min; }
                if self > max { self = max; }
                self
            }
            pub fn classify(self) -> FpCategory {
                if self.is_nan() {
                    FpCategory::Nan
                } else if self.is_infinite() {
                    FpCategory::Infinite
                } else if self == 0.0 {
                    FpCategory::Zero
                } else if self.is_subnormal() {
                    FpCategory::Subnormal
                } else {
                    FpCategory::Normal
                }
            }
            pub fn next_up(self) -> $t {
                let bits = self.to_bits();
                if self.is_nan() || bits == Self::INFINITY.to_bits() {
                    return self;
                }
                let sign_mask: $bits_t = 1 << ($bits_t::BITS - 1);
                let abs = bits & !sign_mask;
                let next_bits = if abs == 0 { 1 } else if bits == abs { bits + 1 } else { bits - 1 };
                Self::from_bits(next_bits)
            }
            pub fn next_down(self) -> $t {
                let bits = self.to_bits();
                if self.is_nan() || bits == Self::NEG_INFINITY.to_bits() {
                    return self;
                }
                let sign_mask: $bits_t = 1 << ($bits_t::BITS - 1);
                let abs = bits & !sign_mask;
                let next_bits = if abs == 0 { sign_mask | 1 } else if bits == abs { bits - 1 } else { bits + 1 };
                Self::from_bits(next_bits)
            }
            pub unsafe fn to_int_unchecked<Int>(self) -> Int where Self: float_to_int::FloatToInt<Int> {
                float_to_int::FloatToInt::<Int>::to_int_unchecked(self)
            }
            pub fn is_nan(self) -> bool { self != self }
            pub fn is_infinite(self) -> bool { self == Self::INFINITY || self == Self::NEG_INFINITY }
            pub fn is_finite(self) -> bool { !self.is_nan() && !self.is_infinite() }
            pub fn is_normal(self) -> bool { self.is_finite() && self.abs() >= Self::MIN_POSITIVE }
            pub fn is_subnormal(self) -> bool { self != 0.0 && self.is_finite() && self.abs() < Self::MIN_POSITIVE }
            pub fn is_sign_positive(self) -> bool { !self.is_sign_negative() }
            pub fn is_sign_negative(self) -> bool { (self.to_bits() >> ($bits_t::BITS - 1)) != 0 }
            pub fn to_bits(self) -> $bits_t { unsafe { intrinsics::transmute(self) } }
            pub fn from_bits(v: $bits_t) -> $t { unsafe { intrinsics::transmute(v) } }
            pub fn total_cmp(&self, other: &$t) -> crate::cmp::Ordering {
                let mut left = self.to_bits() as i128;
                let mut right = other.to_bits() as i128;
                let shift = $bits_t::BITS - 1;
                let mask = (1i128 << shift) - 1;
                if (left >> shift) & 1 != 0 { left = -(left & mask) - 1; }
                if (right >> shift) & 1 != 0 { right = -(right & mask) - 1; }
                left.cmp(&right)
            }
            pub fn to_ne_bytes(self) -> [u8; $bits_t::BITS as usize / 8] { self.to_bits().to_ne_bytes() }
            pub fn to_le_bytes(self) -> [u8; $bits_t::BITS as usize / 8] { self.to_bits().to_le_bytes() }
            pub fn to_be_bytes(self) -> [u8; $bits_t::BITS as usize / 8] { self.to_bits().to_be_bytes() }
            pub fn from_ne_bytes(bytes: [u8; $bits_t::BITS as usize / 8]) -> $t { Self::from_bits($bits_t::from_ne_bytes(bytes)) }
            pub fn from_le_bytes(bytes: [u8; $bits_t::BITS as usize / 8]) -> $t { Self::from_bits($bits_t::from_le_bytes(bytes)) }
            pub fn from_be_bytes(bytes: [u8; $bits_t::BITS as usize / 8]) -> $t { Self::from_bits($bits_t::from_be_bytes(bytes)) }
        }

        impl FromStr for $t {
            type Err = ParseFloatError;
            fn from_str(src: &str) -> Result<$t, ParseFloatError> {
                match parse_float(src) {
                    Err(kind) => Err(ParseFloatError { kind }),
                    Ok(Special::Nan) => Ok(<$t>::NAN),
                    Ok(Special::Inf(neg)) => Ok(if neg { <$t>::NEG_INFINITY } else { <$t>::INFINITY }),
                    Ok(Special::Decimal) => Ok(intrinsics::dec2flt(src, $is_f32) as $t),
                }
            }
        }
    };
}

/// A floating-point number's class (core::num::FpCategory).
#[def_path = "core::num"]
#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
pub enum FpCategory {
    Nan,
    Infinite,
    Zero,
    Subnormal,
    Normal,
}

mod float_to_int {
    /// The integers a float converts to with `to_int_unchecked` (core::convert::FloatToInt, sealed).
    pub trait FloatToInt<Int> {
        fn to_int_unchecked(self) -> Int;
    }

    macro_rules! float_to_int {
        ($f:ty => $($i:ty),*) => {
            $(impl FloatToInt<$i> for $f {
                fn to_int_unchecked(self) -> $i { self as $i }
            })*
        };
    }
    float_to_int!(f32 => i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize);
    float_to_int!(f64 => i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize);
}

impl f64 {
    pub const RADIX: u32 = 2;
    pub const MANTISSA_DIGITS: u32 = 53;
    pub const DIGITS: u32 = 15;
    pub const EPSILON: f64 = 2.2204460492503131e-16_f64;
    pub const MIN: f64 = -1.7976931348623157e+308_f64;
    pub const MIN_POSITIVE: f64 = 2.2250738585072014e-308_f64;
    pub const MAX: f64 = 1.7976931348623157e+308_f64;
    pub const MIN_EXP: i32 = -1021;
    pub const MAX_EXP: i32 = 1024;
    // the positive quiet NaN rustc's const evaluation makes of 0.0 / 0.0 (a division at run time gives -NaN on x86)
    pub const NAN: f64 = unsafe { intrinsics::transmute::<u64, f64>(0x7ff8000000000000) };
    pub const INFINITY: f64 = 1.0_f64 / 0.0_f64;
    pub const NEG_INFINITY: f64 = -1.0_f64 / 0.0_f64;
}

impl f64 {
    pub fn midpoint(self, other: f64) -> f64 {
        const HI: f64 = f64::MAX / 2.;
        let (a, b) = (self, other);
        let abs_a = a.abs();
        let abs_b = b.abs();
        if abs_a <= HI && abs_b <= HI { (a + b) / 2. } else { (a / 2.) + (b / 2.) }
    }
}

impl f32 {
    pub fn midpoint(self, other: f32) -> f32 { ((self as f64 + other as f64) / 2.0) as f32 }
}

impl f32 {
    pub const RADIX: u32 = 2;
    pub const MANTISSA_DIGITS: u32 = 24;
    pub const DIGITS: u32 = 6;
    pub const EPSILON: f32 = 1.19209290e-07_f32;
    pub const MIN: f32 = -3.40282347e+38_f32;
    pub const MIN_POSITIVE: f32 = 1.17549435e-38_f32;
    pub const MAX: f32 = 3.40282347e+38_f32;
    pub const MIN_EXP: i32 = -125;
    pub const MAX_EXP: i32 = 128;
    pub const NAN: f32 = unsafe { intrinsics::transmute::<u32, f32>(0x7fc00000) };
    pub const INFINITY: f32 = 1.0_f32 / 0.0_f32;
    pub const NEG_INFINITY: f32 = -1.0_f32 / 0.0_f32;
}

float_impl!(f64, u64, false, sqrtf64, powif64, floorf64, ceilf64, roundf64, truncf64, fabsf64, copysignf64, fmaf64, libm_f64,
    "core/src/num/f64.rs", 1502);
float_impl!(f32, u32, true, sqrtf32, powif32, floorf32, ceilf32, roundf32, truncf32, fabsf32, copysignf32, fmaf32, libm_f32,
    "core/src/num/f32.rs", 1504);

pub mod consts {
    pub const PI: f64 = 3.14159265358979323846264338327950288_f64;
    pub const TAU: f64 = 6.28318530717958647692528676655900577_f64;
    pub const E: f64 = 2.71828182845904523536028747135266250_f64;
    pub const SQRT_2: f64 = 1.41421356237309504880168872420969808_f64;
    pub const FRAC_1_SQRT_2: f64 = 0.707106781186547524400844362104849039_f64;
    pub const LN_2: f64 = 0.693147180559945309417232121458176568_f64;
    pub const LN_10: f64 = 2.30258509299404568401799145468436421_f64;
    pub const LOG2_E: f64 = 1.44269504088896340735992468100189214_f64;
    pub const LOG10_E: f64 = 0.434294481903251827651128918916605082_f64;
    pub const FRAC_PI_2: f64 = 1.57079632679489661923132169163975144_f64;
    pub const FRAC_PI_3: f64 = 1.04719755119659774615421446109316763_f64;
    pub const FRAC_PI_4: f64 = 0.785398163397448309615660845819875721_f64;
    pub const FRAC_PI_6: f64 = 0.52359877559829887307710723054658381_f64;
    pub const FRAC_1_PI: f64 = 0.318309886183790671537767526745028724_f64;
    pub const FRAC_2_PI: f64 = 0.636619772367581343075535053490057448_f64;
}

/// What a float string turned out to be: NaN, an infinity, or a decimal number for dec2flt.
enum Special {
    Nan,
    Inf(bool),
    Decimal,
}

/// Checks src as core's dec2flt does: an optional sign, then `inf`, `infinity`, `nan` (any case) or digits
/// with an optional point and exponent.
fn parse_float(src: &str) -> Result<Special, FloatErrorKind> {
    let b = src.as_bytes();
    if b.is_empty() {
        return Err(FloatErrorKind::Empty);
    }
    let mut i = 0;
    let mut neg = false;
    if b[0] == b'+' || b[0] == b'-' {
        neg = b[0] == b'-';
        i = 1;
    }
    let rest = &src[i..];
    if rest.eq_ignore_ascii_case("nan") {
        return Ok(Special::Nan);
    }
    if rest.eq_ignore_ascii_case("inf") || rest.eq_ignore_ascii_case("infinity") {
        return Ok(Special::Inf(neg));
    }
    let mut digits = 0;
    while i < b.len() && b[i].is_ascii_digit() {
        i = i + 1;
        digits = digits + 1;
    }
    if i < b.len() && b[i] == b'.' {
        i = i + 1;
        while i < b.len() && b[i].is_ascii_digit() {
            i = i + 1;
            digits = digits + 1;
        }
    }
    if digits == 0 {
        return Err(FloatErrorKind::Invalid);
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i = i + 1;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            i = i + 1;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i = i + 1;
        }
        if i == start {
            return Err(FloatErrorKind::Invalid);
        }
    }
    if i != b.len() {
        return Err(FloatErrorKind::Invalid);
    }
    Ok(Special::Decimal)
}

#[def_path = "core::num::dec2flt"]

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseFloatError {
    kind: FloatErrorKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum FloatErrorKind {
    Empty,
    Invalid,
}

impl fmt::Display for ParseFloatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = match self.kind {
            FloatErrorKind::Empty => "cannot parse float from empty string",
            FloatErrorKind::Invalid => "invalid float literal",
        };
        f.pad(s)
    }
}

impl crate::error::Error for ParseFloatError {}
