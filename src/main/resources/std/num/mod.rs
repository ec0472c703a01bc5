// Integers' and floats' inherent methods and constants, and parsing (FromStr), as core::num.
use crate::intrinsics;
use crate::fmt;
use crate::str::FromStr;

mod float;
pub use float::*;
mod nonzero;
pub use nonzero::*;
// Wrapping's and Saturating's formatting: the integer's.
macro_rules! int_wrapper_fmt {
    ($W:ident; $($tr:ident)*) => {
        $(
            impl<T: fmt::$tr> fmt::$tr for $W<T> {
                fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { self.0.fmt(f) }
            }
        )*
    };
}

// Wrapping's and Saturating's operators: `a op b` by value and by reference on either side, and `a op= b` for b
// the wrapper, a reference to it, the integer and a reference to it; `op` is the integer trait's method of that name
macro_rules! int_wrapper_binops {
    ($W:ident, $Int:ident; $($imp:ident $method:ident $assign:ident $assign_method:ident),*) => {
        $(
            impl<T: $Int> $imp for $W<T> {
                type Output = $W<T>;
                #[track_caller]
                fn $method(self, o: $W<T>) -> $W<T> { $W($Int::$method(self.0, o.0)) }
            }
            impl<'a, T: $Int> $imp<$W<T>> for &'a $W<T> {
                type Output = $W<T>;
                #[track_caller]
                fn $method(self, o: $W<T>) -> $W<T> { $imp::$method(*self, o) }
            }
            impl<T: $Int> $imp<&$W<T>> for $W<T> {
                type Output = $W<T>;
                #[track_caller]
                fn $method(self, o: &$W<T>) -> $W<T> { $imp::$method(self, *o) }
            }
            impl<T: $Int> $imp<&$W<T>> for &$W<T> {
                type Output = $W<T>;
                #[track_caller]
                fn $method(self, o: &$W<T>) -> $W<T> { $imp::$method(*self, *o) }
            }
            impl<T: $Int> $assign for $W<T> {
                #[track_caller]
                fn $assign_method(&mut self, o: $W<T>) { *self = $imp::$method(*self, o); }
            }
            impl<T: $Int> $assign<&$W<T>> for $W<T> {
                #[track_caller]
                fn $assign_method(&mut self, o: &$W<T>) { *self = $imp::$method(*self, *o); }
            }
            impl<T: $Int> $assign<T> for $W<T> {
                #[track_caller]
                fn $assign_method(&mut self, o: T) { *self = $imp::$method(*self, $W(o)); }
            }
            impl<T: $Int> $assign<&T> for $W<T> {
                #[track_caller]
                fn $assign_method(&mut self, o: &T) { *self = $imp::$method(*self, $W(*o)); }
            }
        )*
    };
}

mod wrapping;
pub use wrapping::Wrapping;
mod saturating;
pub use saturating::Saturating;

// An overflow in a method of std's int_impl!/uint_impl! (pow, abs …): rustc reports it where core/src/num/mod.rs
// invokes that macro for the type, line `$line`
macro_rules! num_overflow {
    ($line:expr, $what:literal) => { std_panic!("core/src/num/mod.rs", $line, 5, $what) };
}

macro_rules! int_impl {
    ($t:ident, $u:ident, $bits:expr, $min:expr, $max:expr, $signed:expr, $site:expr) => {
        impl $t {
            pub const MIN: $t = $min;
            pub const MAX: $t = $max;
            pub const BITS: u32 = $bits;

            pub const fn min_value() -> $t { Self::MIN }
            pub const fn max_value() -> $t { Self::MAX }

            #[track_caller]
            pub fn from_str_radix(src: &str, radix: u32) -> Result<$t, ParseIntError> {
                let v = from_str_radix_u128(src, radix, $signed)?;
                if v.1 {
                    // negative
                    if v.0 > (0 as u128).wrapping_sub(Self::MIN as i128 as u128) && $signed {
                        return Err(ParseIntError { kind: IntErrorKind::NegOverflow });
                    }
                    if !$signed {
                        return Err(ParseIntError { kind: IntErrorKind::InvalidDigit });
                    }
                    Ok((v.0 as i128).wrapping_neg() as $t)
                } else {
                    if v.0 > Self::MAX as u128 {
                        return Err(ParseIntError { kind: IntErrorKind::PosOverflow });
                    }
                    Ok(v.0 as $t)
                }
            }

            pub const fn count_ones(self) -> u32 { intrinsics::ctpop(self as $u) }
            pub const fn count_zeros(self) -> u32 { (!self).count_ones() }
            pub const fn leading_zeros(self) -> u32 { intrinsics::ctlz(self as $u) }
            pub const fn trailing_zeros(self) -> u32 { intrinsics::cttz(self as $u) }
            pub const fn leading_ones(self) -> u32 { (!self).leading_zeros() }
            pub const fn trailing_ones(self) -> u32 { (!self).trailing_zeros() }
            pub const fn rotate_left(self, n: u32) -> $t { intrinsics::rotate_left(self as $u, n) as $t }
            pub const fn rotate_right(self, n: u32) -> $t { intrinsics::rotate_right(self as $u, n) as $t }
            pub const fn swap_bytes(self) -> $t { intrinsics::bswap(self as $u) as $t }
            pub const fn reverse_bits(self) -> $t { intrinsics::bitreverse(self as $u) as $t }

            pub const fn checked_add(self, rhs: $t) -> Option<$t> {
                let (a, b) = self.overflowing_add(rhs);
                if b { None } else { Some(a) }
            }
            pub const fn checked_sub(self, rhs: $t) -> Option<$t> {
                let (a, b) = self.overflowing_sub(rhs);
                if b { None } else { Some(a) }
            }
            pub const fn checked_mul(self, rhs: $t) -> Option<$t> {
                let (a, b) = self.overflowing_mul(rhs);
                if b { None } else { Some(a) }
            }
            pub const fn checked_div(self, rhs: $t) -> Option<$t> {
                if rhs == 0 || ($signed && self == Self::MIN && rhs == (0 as $t).wrapping_sub(1)) { None } else { Some(self / rhs) }
            }
            pub const fn checked_rem(self, rhs: $t) -> Option<$t> {
                if rhs == 0 || ($signed && self == Self::MIN && rhs == (0 as $t).wrapping_sub(1)) { None } else { Some(self % rhs) }
            }
            pub const fn checked_neg(self) -> Option<$t> {
                let (a, b) = self.overflowing_neg();
                if b { None } else { Some(a) }
            }
            pub const fn checked_shl(self, rhs: u32) -> Option<$t> { if rhs < $bits { Some(self << rhs) } else { None } }
            pub const fn checked_shr(self, rhs: u32) -> Option<$t> { if rhs < $bits { Some(self >> rhs) } else { None } }
            pub const fn checked_pow(self, mut exp: u32) -> Option<$t> {
                if exp == 0 {
                    return Some(1);
                }
                let mut base = self;
                let mut acc: $t = 1;
                while exp > 1 {
                    if (exp & 1) == 1 {
                        acc = match acc.checked_mul(base) { Some(v) => v, None => return None };
                    }
                    exp = exp / 2;
                    base = match base.checked_mul(base) { Some(v) => v, None => return None };
                }
                acc.checked_mul(base)
            }
            pub const fn wrapping_add(self, rhs: $t) -> $t { intrinsics::wrapping_add(self, rhs) }
            pub const fn wrapping_sub(self, rhs: $t) -> $t { intrinsics::wrapping_sub(self, rhs) }
            pub const fn wrapping_mul(self, rhs: $t) -> $t { intrinsics::wrapping_mul(self, rhs) }
            #[track_caller]
            pub const fn wrapping_div(self, rhs: $t) -> $t { self.overflowing_div(rhs).0 }
            #[track_caller]
            pub const fn wrapping_rem(self, rhs: $t) -> $t { self.overflowing_rem(rhs).0 }
            pub const fn wrapping_neg(self) -> $t { (0 as $t).wrapping_sub(self) }
            pub const fn wrapping_shl(self, rhs: u32) -> $t { self << (rhs & ($bits - 1)) }
            pub const fn wrapping_shr(self, rhs: u32) -> $t { self >> (rhs & ($bits - 1)) }
            pub const fn wrapping_pow(self, mut exp: u32) -> $t {
                if exp == 0 {
                    return 1;
                }
                let mut base = self;
                let mut acc: $t = 1;
                while exp > 1 {
                    if (exp & 1) == 1 {
                        acc = acc.wrapping_mul(base);
                    }
                    exp = exp / 2;
                    base = base.wrapping_mul(base);
                }
                acc.wrapping_mul(base)
            }
            pub const fn overflowing_add(self, rhs: $t) -> ($t, bool) { intrinsics::add_with_overflow(self, rhs) }
            pub const fn overflowing_sub(self, rhs: $t) -> ($t, bool) { intrinsics::sub_with_overflow(self, rhs) }
            pub const fn overflowing_mul(self, rhs: $t) -> ($t, bool) { intrinsics::mul_with_overflow(self, rhs) }
            #[track_caller]
            pub const fn overflowing_div(self, rhs: $t) -> ($t, bool) {
                if $signed && self == Self::MIN && rhs == (0 as $t).wrapping_sub(1) { (self, true) } else { (self / rhs, false) }
            }
            #[track_caller]
            pub const fn overflowing_rem(self, rhs: $t) -> ($t, bool) {
                if $signed && self == Self::MIN && rhs == (0 as $t).wrapping_sub(1) { (0, true) } else { (self % rhs, false) }
            }
            pub const fn overflowing_neg(self) -> ($t, bool) {
                if $signed {
                    if self == Self::MIN { (Self::MIN, true) } else { ((0 as $t).wrapping_sub(self), false) }
                } else {
                    ((0 as $t).wrapping_sub(self), self != 0)
                }
            }
            pub const fn overflowing_pow(self, exp: u32) -> ($t, bool) {
                match self.checked_pow(exp) {
                    Some(v) => (v, false),
                    None => (self.wrapping_pow(exp), true),
                }
            }
            pub const fn saturating_add(self, rhs: $t) -> $t {
                match self.checked_add(rhs) {
                    Some(v) => v,
                    None => if $signed && (rhs as i128) < 0 { Self::MIN } else { Self::MAX },
                }
            }
            pub const fn saturating_sub(self, rhs: $t) -> $t {
                match self.checked_sub(rhs) {
                    Some(v) => v,
                    None => if $signed && (rhs as i128) < 0 { Self::MAX } else { Self::MIN },
                }
            }
            pub const fn saturating_mul(self, rhs: $t) -> $t {
                match self.checked_mul(rhs) {
                    Some(v) => v,
                    None => if $signed && (((self as i128) < 0) != ((rhs as i128) < 0)) { Self::MIN } else { Self::MAX },
                }
            }
            pub const fn saturating_pow(self, exp: u32) -> $t {
                match self.checked_pow(exp) {
                    Some(v) => v,
                    None => if $signed && (self as i128) < 0 && exp % 2 == 1 { Self::MIN } else { Self::MAX },
                }
            }
            pub const fn pow(self, mut exp: u32) -> $t {
                if exp == 0 {
                    return 1;
                }
                let mut base = self;
                let mut acc: $t = 1;
                loop {
                    if (exp & 1) == 1 {
                        acc = std_expect!(acc.checked_mul(base), "core/src/num/mod.rs", $site, 5,
                            "attempt to multiply with overflow");
                        if exp == 1 {
                            return acc;
                        }
                    }
                    exp = exp / 2;
                    base = std_expect!(base.checked_mul(base), "core/src/num/mod.rs", $site, 5,
                        "attempt to multiply with overflow");
                }
            }
            #[track_caller]
            pub const fn div_euclid(self, rhs: $t) -> $t {
                let q = self / rhs;
                if $signed && self % rhs < (0 as $t) {
                    return if rhs > (0 as $t) { q - 1 } else { q + 1 };
                }
                q
            }
            #[track_caller]
            pub const fn rem_euclid(self, rhs: $t) -> $t {
                let r = self % rhs;
                if $signed && r < (0 as $t) {
                    // rhs's absolute value, without overflow
                    if rhs < (0 as $t) { r.wrapping_sub(rhs) } else { r.wrapping_add(rhs) }
                } else {
                    r
                }
            }
            pub const fn checked_rem_euclid(self, rhs: $t) -> Option<$t> {
                if rhs == 0 || ($signed && self == Self::MIN && rhs == (0 as $t).wrapping_sub(1)) { None } else { Some(self.rem_euclid(rhs)) }
            }
            pub const fn checked_div_euclid(self, rhs: $t) -> Option<$t> {
                if rhs == 0 || ($signed && self == Self::MIN && rhs == (0 as $t).wrapping_sub(1)) { None } else { Some(self.div_euclid(rhs)) }
            }
            pub const fn abs_diff(self, other: $t) -> $u {
                if self < other { (other as $u).wrapping_sub(self as $u) } else { (self as $u).wrapping_sub(other as $u) }
            }
            #[track_caller]
            pub const fn ilog(self, base: $t) -> u32 {
                if base < 2 {
                    crate::panicking::panic("base of integer logarithm must be at least 2");
                }
                if self <= 0 {
                    crate::panicking::panic("argument of integer logarithm must be positive");
                }
                let mut n = 0;
                let mut r = self;
                while r >= base {
                    r = r / base;
                    n = n + 1;
                }
                n
            }
            #[track_caller]
            pub const fn ilog2(self) -> u32 {
                if self <= 0 {
                    crate::panicking::panic("argument of integer logarithm must be positive");
                }
                $bits - 1 - self.leading_zeros()
            }
            #[track_caller]
            pub const fn ilog10(self) -> u32 { self.ilog(10) }
            pub const fn checked_ilog2(self) -> Option<u32> { if self <= 0 { None } else { Some($bits - 1 - self.leading_zeros()) } }
            pub const fn checked_ilog10(self) -> Option<u32> { if self <= 0 { None } else { Some(self.ilog(10)) } }
            #[track_caller]
            pub const fn isqrt(self) -> $t {
                if self < 0 {
                    crate::panicking::panic("argument of integer square root cannot be negative");
                }
                if self < 2 {
                    return self;
                }
                let mut x = self;
                let mut y = (x / 2 + 1);
                while y < x {
                    x = y;
                    y = (x + self / x) / 2;
                }
                x
            }
            pub const fn to_ne_bytes(self) -> [u8; $bits / 8] { unsafe { intrinsics::transmute(self) } }
            pub const fn to_le_bytes(self) -> [u8; $bits / 8] { self.to_ne_bytes() }
            pub const fn to_be_bytes(self) -> [u8; $bits / 8] { self.swap_bytes().to_ne_bytes() }
            pub const fn from_ne_bytes(bytes: [u8; $bits / 8]) -> $t { unsafe { intrinsics::transmute(bytes) } }
            pub const fn from_le_bytes(bytes: [u8; $bits / 8]) -> $t { Self::from_ne_bytes(bytes) }
            pub const fn from_be_bytes(bytes: [u8; $bits / 8]) -> $t { Self::from_ne_bytes(bytes).swap_bytes() }
            pub const fn to_le(self) -> $t { self }
            pub const fn to_be(self) -> $t { self.swap_bytes() }
            pub const fn from_be(x: $t) -> $t { x.swap_bytes() }
            pub const fn from_le(x: $t) -> $t { x }

            #[track_caller]
            pub const fn strict_add(self, rhs: $t) -> $t {
                let (a, b) = self.overflowing_add(rhs);
                if b { overflow_panic::add() } else { a }
            }
            #[track_caller]
            pub const fn strict_sub(self, rhs: $t) -> $t {
                let (a, b) = self.overflowing_sub(rhs);
                if b { overflow_panic::sub() } else { a }
            }
            #[track_caller]
            pub const fn strict_mul(self, rhs: $t) -> $t {
                let (a, b) = self.overflowing_mul(rhs);
                if b { overflow_panic::mul() } else { a }
            }
            #[track_caller]
            pub const fn strict_div(self, rhs: $t) -> $t {
                let (a, b) = self.overflowing_div(rhs);
                if b { overflow_panic::div() } else { a }
            }
            #[track_caller]
            pub const fn strict_div_euclid(self, rhs: $t) -> $t {
                let (a, b) = self.overflowing_div_euclid(rhs);
                if b { overflow_panic::div() } else { a }
            }
            #[track_caller]
            pub const fn strict_rem(self, rhs: $t) -> $t {
                let (a, b) = self.overflowing_rem(rhs);
                if b { overflow_panic::rem() } else { a }
            }
            #[track_caller]
            pub const fn strict_rem_euclid(self, rhs: $t) -> $t {
                let (a, b) = self.overflowing_rem_euclid(rhs);
                if b { overflow_panic::rem() } else { a }
            }
            #[track_caller]
            pub const fn strict_neg(self) -> $t {
                let (a, b) = self.overflowing_neg();
                if b { overflow_panic::neg() } else { a }
            }
            #[track_caller]
            pub const fn strict_shl(self, rhs: u32) -> $t {
                let (a, b) = self.overflowing_shl(rhs);
                if b { overflow_panic::shl() } else { a }
            }
            #[track_caller]
            pub const fn strict_shr(self, rhs: u32) -> $t {
                let (a, b) = self.overflowing_shr(rhs);
                if b { overflow_panic::shr() } else { a }
            }
            #[track_caller]
            pub const fn strict_pow(self, exp: u32) -> $t {
                match self.checked_pow(exp) {
                    Some(v) => v,
                    None => overflow_panic::mul(),
                }
            }
            #[track_caller]
            pub const unsafe fn unchecked_add(self, rhs: $t) -> $t {
                if self.overflowing_add(rhs).1 {
                    crate::panicking::precondition_violated(format_args!("{}::unchecked_add cannot overflow", stringify!($t)));
                }
                intrinsics::wrapping_add(self, rhs)
            }
            #[track_caller]
            pub const unsafe fn unchecked_sub(self, rhs: $t) -> $t {
                if self.overflowing_sub(rhs).1 {
                    crate::panicking::precondition_violated(format_args!("{}::unchecked_sub cannot overflow", stringify!($t)));
                }
                intrinsics::wrapping_sub(self, rhs)
            }
            #[track_caller]
            pub const unsafe fn unchecked_mul(self, rhs: $t) -> $t {
                if self.overflowing_mul(rhs).1 {
                    crate::panicking::precondition_violated(format_args!("{}::unchecked_mul cannot overflow", stringify!($t)));
                }
                intrinsics::wrapping_mul(self, rhs)
            }
            #[track_caller]
            pub const unsafe fn unchecked_shl(self, rhs: u32) -> $t {
                if rhs >= $bits {
                    crate::panicking::precondition_violated(format_args!("{}::unchecked_shl cannot overflow", stringify!($t)));
                }
                self << rhs
            }
            #[track_caller]
            pub const unsafe fn unchecked_shr(self, rhs: u32) -> $t {
                if rhs >= $bits {
                    crate::panicking::precondition_violated(format_args!("{}::unchecked_shr cannot overflow", stringify!($t)));
                }
                self >> rhs
            }
            pub const fn unbounded_shl(self, rhs: u32) -> $t { if rhs < $bits { self << rhs } else { 0 } }
            pub const fn unbounded_shr(self, rhs: u32) -> $t {
                if rhs < $bits {
                    self >> rhs
                } else if $signed && (self as i128) < 0 {
                    (0 as $t).wrapping_sub(1)
                } else {
                    0
                }
            }
            #[track_caller]
            pub const fn saturating_div(self, rhs: $t) -> $t {
                match self.overflowing_div(rhs) {
                    (result, false) => result,
                    (_result, true) => Self::MAX,
                }
            }
            #[track_caller]
            pub const fn wrapping_div_euclid(self, rhs: $t) -> $t { self.overflowing_div_euclid(rhs).0 }
            #[track_caller]
            pub const fn wrapping_rem_euclid(self, rhs: $t) -> $t { self.overflowing_rem_euclid(rhs).0 }
            #[track_caller]
            pub const fn overflowing_div_euclid(self, rhs: $t) -> ($t, bool) {
                if $signed && self == Self::MIN && rhs == (0 as $t).wrapping_sub(1) { (self, true) } else { (self.div_euclid(rhs), false) }
            }
            #[track_caller]
            pub const fn overflowing_rem_euclid(self, rhs: $t) -> ($t, bool) {
                if $signed && rhs == (0 as $t).wrapping_sub(1) { (0, self == Self::MIN) } else { (self.rem_euclid(rhs), false) }
            }
            pub const fn overflowing_shl(self, rhs: u32) -> ($t, bool) { (self.wrapping_shl(rhs), rhs >= $bits) }
            pub const fn overflowing_shr(self, rhs: u32) -> ($t, bool) { (self.wrapping_shr(rhs), rhs >= $bits) }
            pub const fn checked_ilog(self, base: $t) -> Option<u32> {
                if self <= 0 || base <= 1 {
                    None
                } else {
                    let mut n = 0;
                    let mut r = self;
                    while r >= base {
                        r = r / base;
                        n = n + 1;
                    }
                    Some(n)
                }
            }
            pub const fn is_power_of_two(self) -> bool { self > 0 && (self & (self.wrapping_sub(1))) == 0 }
            pub const fn midpoint(self, rhs: $t) -> $t {
                // Hacker's Delight: (a + b) / 2 without overflow; signed rounds towards zero
                let t = ((self ^ rhs) >> 1) + (self & rhs);
                if $signed { t + ((if t < (0 as $t) { 1 } else { 0 }) & (self ^ rhs)) } else { t }
            }
        }

        impl FromStr for $t {
            type Err = ParseIntError;
            fn from_str(src: &str) -> Result<$t, ParseIntError> { <$t>::from_str_radix(src, 10) }
        }
    };
}

macro_rules! signed_impl {
    ($t:ident, $u:ident, $site:expr) => {
        impl $t {
            pub const fn abs(self) -> $t {
                if self == Self::MIN {
                    num_overflow!($site, "attempt to negate with overflow");
                }
                if self < 0 { -self } else { self }
            }
            pub const fn wrapping_abs(self) -> $t { if self < 0 { self.wrapping_neg() } else { self } }
            pub const fn checked_abs(self) -> Option<$t> { if self == Self::MIN { None } else { Some(self.wrapping_abs()) } }
            pub const fn saturating_abs(self) -> $t { if self == Self::MIN { Self::MAX } else { self.wrapping_abs() } }
            pub const fn overflowing_abs(self) -> ($t, bool) { (self.wrapping_abs(), self == Self::MIN) }
            pub const fn unsigned_abs(self) -> $u { self.wrapping_abs() as $u }
            pub const fn saturating_neg(self) -> $t { if self == Self::MIN { Self::MAX } else { -self } }
            pub const fn signum(self) -> $t {
                if self < 0 { -1 } else if self == 0 { 0 } else { 1 }
            }
            pub const fn is_positive(self) -> bool { self > 0 }
            pub const fn is_negative(self) -> bool { self < 0 }
            pub const fn cast_unsigned(self) -> $u { self as $u }
            pub const fn checked_add_unsigned(self, rhs: $u) -> Option<$t> {
                let (a, b) = self.overflowing_add_unsigned(rhs);
                if b { None } else { Some(a) }
            }
            pub const fn checked_sub_unsigned(self, rhs: $u) -> Option<$t> {
                let (a, b) = self.overflowing_sub_unsigned(rhs);
                if b { None } else { Some(a) }
            }
            #[track_caller]
            pub const fn strict_add_unsigned(self, rhs: $u) -> $t {
                let (a, b) = self.overflowing_add_unsigned(rhs);
                if b { overflow_panic::add() } else { a }
            }
            #[track_caller]
            pub const fn strict_sub_unsigned(self, rhs: $u) -> $t {
                let (a, b) = self.overflowing_sub_unsigned(rhs);
                if b { overflow_panic::sub() } else { a }
            }
            pub const fn overflowing_add_unsigned(self, rhs: $u) -> ($t, bool) {
                let rhs = rhs as $t;
                let (res, overflowed) = self.overflowing_add(rhs);
                (res, overflowed ^ (rhs < 0))
            }
            pub const fn overflowing_sub_unsigned(self, rhs: $u) -> ($t, bool) {
                let rhs = rhs as $t;
                let (res, overflowed) = self.overflowing_sub(rhs);
                (res, overflowed ^ (rhs < 0))
            }
            pub const fn wrapping_add_unsigned(self, rhs: $u) -> $t { self.wrapping_add(rhs as $t) }
            pub const fn wrapping_sub_unsigned(self, rhs: $u) -> $t { self.wrapping_sub(rhs as $t) }
            pub const fn saturating_add_unsigned(self, rhs: $u) -> $t {
                match self.checked_add_unsigned(rhs) {
                    Some(x) => x,
                    None => Self::MAX,
                }
            }
            pub const fn saturating_sub_unsigned(self, rhs: $u) -> $t {
                match self.checked_sub_unsigned(rhs) {
                    Some(x) => x,
                    None => Self::MIN,
                }
            }
            #[track_caller]
            pub const fn strict_abs(self) -> $t { if self < 0 { self.strict_neg() } else { self } }
            #[track_caller]
            pub const unsafe fn unchecked_neg(self) -> $t { (0 as $t).wrapping_sub(self) }
            pub const fn checked_isqrt(self) -> Option<$t> { if self < 0 { None } else { Some(self.isqrt()) } }
        }
    };
}

macro_rules! unsigned_impl {
    ($t:ident, $s:ident, $site:expr) => {
        impl $t {
            pub const fn next_power_of_two(self) -> $t {
                if self <= 1 {
                    return 1;
                }
                let p = self - 1;
                let z = p.leading_zeros();
                std_expect!((<$t>::MAX >> z).checked_add(1), "core/src/num/mod.rs", $site, 5, "attempt to add with overflow")
            }
            pub const fn checked_next_power_of_two(self) -> Option<$t> {
                if self <= 1 {
                    return Some(1);
                }
                let p = self - 1;
                let z = p.leading_zeros();
                (<$t>::MAX >> z).checked_add(1)
            }
            pub const fn div_ceil(self, rhs: $t) -> $t {
                let d = self / rhs;
                let r = self % rhs;
                if r > 0 { d + 1 } else { d }
            }
            pub const fn next_multiple_of(self, rhs: $t) -> $t {
                if rhs == 0 {
                    num_overflow!($site, "attempt to calculate the remainder with a divisor of zero");
                }
                match self % rhs {
                    0 => self,
                    r => std_expect!(self.checked_add(rhs - r), "core/src/num/mod.rs", $site, 5,
                        "attempt to add with overflow"),
                }
            }
            pub const fn is_multiple_of(self, rhs: $t) -> bool { if rhs == 0 { self == 0 } else { self % rhs == 0 } }
            pub const fn checked_add_signed(self, rhs: $s) -> Option<$t> {
                let (a, b) = self.overflowing_add(rhs as $t);
                if b ^ (rhs < 0) { None } else { Some(a) }
            }
            pub const fn saturating_add_signed(self, rhs: $s) -> $t {
                match self.checked_add_signed(rhs) {
                    Some(v) => v,
                    None => if rhs < 0 { 0 } else { Self::MAX },
                }
            }
            pub const fn wrapping_add_signed(self, rhs: $s) -> $t { self.wrapping_add(rhs as $t) }
            pub const fn checked_sub_signed(self, rhs: $s) -> Option<$t> {
                if rhs >= 0 { self.checked_sub(rhs as $t) } else { self.checked_add(rhs.unsigned_abs()) }
            }
            pub const fn cast_signed(self) -> $s { self as $s }
            #[track_caller]
            pub const fn strict_add_signed(self, rhs: $s) -> $t {
                let (a, b) = self.overflowing_add_signed(rhs);
                if b { overflow_panic::add() } else { a }
            }
            #[track_caller]
            pub const fn strict_sub_signed(self, rhs: $s) -> $t {
                let (a, b) = self.overflowing_sub_signed(rhs);
                if b { overflow_panic::sub() } else { a }
            }
            pub const fn overflowing_add_signed(self, rhs: $s) -> ($t, bool) {
                let (res, overflowed) = self.overflowing_add(rhs as $t);
                (res, overflowed ^ (rhs < 0))
            }
            pub const fn overflowing_sub_signed(self, rhs: $s) -> ($t, bool) {
                let (res, overflow) = self.overflowing_sub(rhs as $t);
                (res, overflow ^ (rhs < 0))
            }
            pub const fn wrapping_sub_signed(self, rhs: $s) -> $t { self.wrapping_sub(rhs as $t) }
            pub const fn saturating_sub_signed(self, rhs: $s) -> $t {
                let (res, overflow) = self.overflowing_sub_signed(rhs);
                if !overflow {
                    res
                } else if rhs < 0 {
                    Self::MAX
                } else {
                    0
                }
            }
            pub const fn checked_signed_diff(self, rhs: $t) -> Option<$s> {
                let res = self.wrapping_sub(rhs) as $s;
                let overflow = (self >= rhs) == (res < 0);
                if !overflow { Some(res) } else { None }
            }
            pub const fn carrying_add(self, rhs: $t, carry: bool) -> ($t, bool) {
                let (a, c1) = self.overflowing_add(rhs);
                let (b, c2) = a.overflowing_add(carry as $t);
                (b, c1 | c2)
            }
            pub const fn borrowing_sub(self, rhs: $t, borrow: bool) -> ($t, bool) {
                let (a, c1) = self.overflowing_sub(rhs);
                let (b, c2) = a.overflowing_sub(borrow as $t);
                (b, c1 | c2)
            }
            pub const fn carrying_mul(self, rhs: $t, carry: $t) -> ($t, $t) { self.carrying_mul_add(rhs, carry, 0) }
            pub const fn carrying_mul_add(self, rhs: $t, carry: $t, add: $t) -> ($t, $t) {
                // schoolbook multiplication on half-width digits: (low, high) of self * rhs + carry + add
                const H: u32 = <$t>::BITS / 2;
                let mask: $t = <$t>::MAX >> H;
                let (a0, a1) = (self & mask, self >> H);
                let (b0, b1) = (rhs & mask, rhs >> H);
                let p00 = a0 * b0;
                let p01 = a0 * b1;
                let p10 = a1 * b0;
                let p11 = a1 * b1;
                let mid = (p00 >> H) + (p01 & mask) + (p10 & mask);
                let mut lo = (p00 & mask) | (mid << H);
                let mut hi = p11 + (p01 >> H) + (p10 >> H) + (mid >> H);
                let (l2, c1) = lo.overflowing_add(carry);
                lo = l2;
                hi = hi + (c1 as $t);
                let (l3, c2) = lo.overflowing_add(add);
                lo = l3;
                hi = hi + (c2 as $t);
                (lo, hi)
            }
            pub const fn checked_next_multiple_of(self, rhs: $t) -> Option<$t> {
                match match self.checked_rem(rhs) { Some(r) => r, None => return None } {
                    0 => Some(self),
                    r => self.checked_add(rhs - r),
                }
            }
        }
    };
}

int_impl!(i8, u8, 8, -128, 127, true, 346);
int_impl!(i16, u16, 16, -32768, 32767, true, 370);
int_impl!(i32, u32, 32, -2147483648, 2147483647, true, 394);
int_impl!(i64, u64, 64, -9223372036854775808, 9223372036854775807, true, 418);
int_impl!(i128, u128, 128, -170141183460469231731687303715884105728, 170141183460469231731687303715884105727, true, 442);
int_impl!(isize, usize, 64, -9223372036854775808, 9223372036854775807, true, 519);
int_impl!(u8, u8, 8, 0, 255, false, 546);
int_impl!(u16, u16, 16, 0, 65535, false, 1188);
int_impl!(u32, u32, 32, 0, 4294967295, false, 1243);
int_impl!(u64, u64, 64, 0, 18446744073709551615, false, 1274);
int_impl!(u128, u128, 128, 0, 340282366920938463463374607431768211455, false, 1305);
int_impl!(usize, usize, 64, 0, 18446744073709551615, false, 1400);
signed_impl!(i8, u8, 346);
signed_impl!(i16, u16, 370);
signed_impl!(i32, u32, 394);
signed_impl!(i64, u64, 418);
signed_impl!(i128, u128, 442);
signed_impl!(isize, usize, 519);
unsigned_impl!(u8, i8, 546);
unsigned_impl!(u16, i16, 1188);
unsigned_impl!(u32, i32, 1243);
unsigned_impl!(u64, i64, 1274);
unsigned_impl!(u128, i128, 1305);
unsigned_impl!(usize, isize, 1400);

impl u8 {
    pub const fn is_ascii(&self) -> bool { *self < 128 }
    pub const fn is_ascii_alphabetic(&self) -> bool { matches!(*self, b'A'..=b'Z' | b'a'..=b'z') }
    pub const fn is_ascii_uppercase(&self) -> bool { matches!(*self, b'A'..=b'Z') }
    pub const fn is_ascii_lowercase(&self) -> bool { matches!(*self, b'a'..=b'z') }
    pub const fn is_ascii_alphanumeric(&self) -> bool { matches!(*self, b'0'..=b'9' | b'A'..=b'Z' | b'a'..=b'z') }
    pub const fn is_ascii_digit(&self) -> bool { matches!(*self, b'0'..=b'9') }
    pub const fn is_ascii_hexdigit(&self) -> bool { matches!(*self, b'0'..=b'9' | b'A'..=b'F' | b'a'..=b'f') }
    pub const fn is_ascii_punctuation(&self) -> bool {
        matches!(*self, b'!'..=b'/' | b':'..=b'@' | b'['..=b'`' | b'{'..=b'~')
    }
    pub const fn is_ascii_graphic(&self) -> bool { matches!(*self, b'!'..=b'~') }
    pub const fn is_ascii_whitespace(&self) -> bool { matches!(*self, b'\t' | b'\n' | b'\x0C' | b'\r' | b' ') }
    pub const fn is_ascii_control(&self) -> bool { matches!(*self, b'\0'..=b'\x1F' | b'\x7F') }
    pub const fn to_ascii_uppercase(&self) -> u8 { if self.is_ascii_lowercase() { *self - 32 } else { *self } }
    pub const fn to_ascii_lowercase(&self) -> u8 { if self.is_ascii_uppercase() { *self + 32 } else { *self } }
    pub fn make_ascii_uppercase(&mut self) { *self = self.to_ascii_uppercase(); }
    pub fn make_ascii_lowercase(&mut self) { *self = self.to_ascii_lowercase(); }
    pub const fn eq_ignore_ascii_case(&self, other: &u8) -> bool { self.to_ascii_lowercase() == other.to_ascii_lowercase() }
}

/// The panics of the `strict_` methods (core::num::overflow_panic).
mod overflow_panic {
    #[track_caller]
    pub(super) const fn add() -> ! { crate::panicking::panic("attempt to add with overflow") }
    #[track_caller]
    pub(super) const fn sub() -> ! { crate::panicking::panic("attempt to subtract with overflow") }
    #[track_caller]
    pub(super) const fn mul() -> ! { crate::panicking::panic("attempt to multiply with overflow") }
    #[track_caller]
    pub(super) const fn div() -> ! { crate::panicking::panic("attempt to divide with overflow") }
    #[track_caller]
    pub(super) const fn rem() -> ! { crate::panicking::panic("attempt to calculate the remainder with overflow") }
    #[track_caller]
    pub(super) const fn neg() -> ! { crate::panicking::panic("attempt to negate with overflow") }
    #[track_caller]
    pub(super) const fn shr() -> ! { crate::panicking::panic("attempt to shift right with overflow") }
    #[track_caller]
    pub(super) const fn shl() -> ! { crate::panicking::panic("attempt to shift left with overflow") }
}

/// Parses src's digits in radix: (magnitude, negative?), or the error std gives.
fn from_str_radix_u128(src: &str, radix: u32, signed: bool) -> Result<(u128, bool), ParseIntError> {
    let bytes = src.as_bytes();
    if bytes.is_empty() {
        return Err(ParseIntError { kind: IntErrorKind::Empty });
    }
    let (negative, digits) = match bytes[0] {
        b'+' | b'-' if bytes.len() == 1 => return Err(ParseIntError { kind: IntErrorKind::InvalidDigit }),
        b'+' => (false, &bytes[1..]),
        b'-' if signed => (true, &bytes[1..]),
        _ => (false, bytes),
    };
    let mut result: u128 = 0;
    let mut overflow = false;
    for &c in digits {
        let d = match c {
            b'0'..=b'9' => (c - b'0') as u32,
            b'a'..=b'z' => (c - b'a') as u32 + 10,
            b'A'..=b'Z' => (c - b'A') as u32 + 10,
            _ => return Err(ParseIntError { kind: IntErrorKind::InvalidDigit }),
        };
        if d >= radix {
            return Err(ParseIntError { kind: IntErrorKind::InvalidDigit });
        }
        match result.checked_mul(radix as u128).and_then(|r| r.checked_add(d as u128)) {
            Some(r) => result = r,
            None => overflow = true,
        }
    }
    if overflow {
        return Err(ParseIntError { kind: if negative { IntErrorKind::NegOverflow } else { IntErrorKind::PosOverflow } });
    }
    Ok((result, negative))
}

#[def_path = "core::num::error"]

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseIntError {
    pub(crate) kind: IntErrorKind,
}

#[def_path = "core::num::error"]

#[derive(Debug, Clone, PartialEq, Eq, Copy, Hash)]
#[non_exhaustive]
pub enum IntErrorKind {
    Empty,
    InvalidDigit,
    PosOverflow,
    NegOverflow,
    Zero,
}

impl ParseIntError {
    pub const fn kind(&self) -> &IntErrorKind { &self.kind }
}

impl fmt::Display for ParseIntError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = match self.kind {
            IntErrorKind::Empty => "cannot parse integer from empty string",
            IntErrorKind::InvalidDigit => "invalid digit found in string",
            IntErrorKind::PosOverflow => "number too large to fit in target type",
            IntErrorKind::NegOverflow => "number too small to fit in target type",
            IntErrorKind::Zero => "number would be zero for non-zero type",
        };
        f.pad(s)
    }
}

impl crate::error::Error for ParseIntError {}

#[def_path = "core::num::error"]

#[derive(Debug, Copy, Clone, PartialEq, Eq)]
pub struct TryFromIntError(pub(crate) ());

impl fmt::Display for TryFromIntError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.pad("out of range integral type conversion attempted") }
}

impl crate::error::Error for TryFromIntError {}

// ------------------------------------------------------------------ conversions between integers

macro_rules! from_lossless {
    ($($from:ty => $($to:ty),*;)*) => {
        $($(
            impl From<$from> for $to {
                fn from(v: $from) -> $to { v as $to }
            }
        )*)*
    };
}

from_lossless! {
    u8 => u16, u32, u64, u128, usize, i16, i32, i64, i128, isize, f32, f64;
    u16 => u32, u64, u128, usize, i32, i64, i128, f32, f64;
    u32 => u64, u128, i64, i128, f64;
    u64 => u128, i128;
    i8 => i16, i32, i64, i128, isize, f32, f64;
    i16 => i32, i64, i128, isize, f32, f64;
    i32 => i64, i128, f64;
    i64 => i128;
    f32 => f64;
}

impl From<bool> for i32 { fn from(b: bool) -> i32 { b as i32 } }
impl From<bool> for u8 { fn from(b: bool) -> u8 { b as u8 } }
impl From<bool> for u32 { fn from(b: bool) -> u32 { b as u32 } }
impl From<bool> for u64 { fn from(b: bool) -> u64 { b as u64 } }
impl From<bool> for usize { fn from(b: bool) -> usize { b as usize } }
impl From<bool> for i64 { fn from(b: bool) -> i64 { b as i64 } }
impl From<char> for u32 { fn from(c: char) -> u32 { c as u32 } }
impl From<char> for u64 { fn from(c: char) -> u64 { c as u64 } }
impl From<u8> for char { fn from(b: u8) -> char { b as char } }

macro_rules! try_from_int {
    ($($from:ty => $($to:ty),*;)*) => {
        $($(
            impl TryFrom<$from> for $to {
                type Error = TryFromIntError;
                #[allow(unused_comparisons)]
                fn try_from(v: $from) -> Result<$to, TryFromIntError> {
                    let back = v as $to;
                    if back as $from == v && ((back < 0) == (v < 0)) { Ok(back) } else { Err(TryFromIntError(())) }
                }
            }
        )*)*
    };
}

try_from_int! {
    u8 => i8;
    u16 => u8, i8, i16;
    u32 => u8, u16, i8, i16, i32, usize, isize;
    u64 => u8, u16, u32, i8, i16, i32, i64, usize, isize;
    u128 => u8, u16, u32, u64, i8, i16, i32, i64, i128, usize, isize;
    usize => u8, u16, u32, u64, u128, i8, i16, i32, i64, i128, isize;
    i8 => u8, u16, u32, u64, u128, usize;
    i16 => u8, u16, u32, u64, u128, usize, i8;
    i32 => u8, u16, u32, u64, u128, usize, i8, i16, isize;
    i64 => u8, u16, u32, u64, u128, usize, i8, i16, i32, isize;
    i128 => u8, u16, u32, u64, u128, usize, i8, i16, i32, i64, isize;
    isize => u8, u16, u32, u64, u128, usize, i8, i16, i32, i64, i128;
}

impl TryFrom<u32> for char {
    type Error = crate::char::CharTryFromError;
    fn try_from(i: u32) -> Result<char, Self::Error> {
        match crate::char::from_u32(i) {
            Some(c) => Ok(c),
            None => Err(crate::char::CharTryFromError(())),
        }
    }
}
