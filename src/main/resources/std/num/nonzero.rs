// NonZero<T>: an integer known not to be zero (core::num::nonzero). The value 0 is its niche, so
// Option<NonZero<T>> is as large as T; the NonZeroU32-style names are aliases.
use crate::cmp::Ordering;
use crate::fmt;
use crate::hash::{Hash, Hasher};
use crate::ops::{BitOr, BitOrAssign, Div, Rem};
use crate::str::FromStr;

/// The integer types a NonZero can hold.
pub trait ZeroablePrimitive: Copy {
    #[doc(hidden)]
    fn __is_zero(self) -> bool;
}

// as core: the constructors and get are one impl for every integer type (`NonZero::new(5usize)` infers T)
impl<T: ZeroablePrimitive> NonZero<T> {
    pub const fn new(n: T) -> Option<Self> { if n.__is_zero() { None } else { Some(NonZero(n)) } }
    #[track_caller]
    pub const unsafe fn new_unchecked(n: T) -> Self {
        if n.__is_zero() {
            crate::panicking::precondition_violated(format_args!("NonZero::new_unchecked requires the argument to be non-zero"));
        }
        NonZero(n)
    }
    pub const fn get(self) -> T { self.0 }
}

#[rustc_layout_scalar_valid_range_start(1)]
#[rustc_nonnull_optimization_guaranteed]
#[repr(transparent)]
pub struct NonZero<T: ZeroablePrimitive>(T);

impl<T: ZeroablePrimitive> Clone for NonZero<T> {
    fn clone(&self) -> Self { *self }
}
impl<T: ZeroablePrimitive> Copy for NonZero<T> {}
impl<T: ZeroablePrimitive + PartialEq> PartialEq for NonZero<T> {
    fn eq(&self, other: &Self) -> bool { self.0 == other.0 }
}
impl<T: ZeroablePrimitive + Eq> Eq for NonZero<T> {}
impl<T: ZeroablePrimitive + PartialOrd> PartialOrd for NonZero<T> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> { self.0.partial_cmp(&other.0) }
}
impl<T: ZeroablePrimitive + Ord> Ord for NonZero<T> {
    fn cmp(&self, other: &Self) -> Ordering { self.0.cmp(&other.0) }
}
impl<T: ZeroablePrimitive + Hash> Hash for NonZero<T> {
    fn hash<H: Hasher>(&self, state: &mut H) { self.0.hash(state) }
}
impl<T: ZeroablePrimitive + fmt::Debug> fmt::Debug for NonZero<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { fmt::Debug::fmt(&self.0, f) }
}
impl<T: ZeroablePrimitive + fmt::Display> fmt::Display for NonZero<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { fmt::Display::fmt(&self.0, f) }
}
impl<T: ZeroablePrimitive + fmt::Binary> fmt::Binary for NonZero<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { fmt::Binary::fmt(&self.0, f) }
}
impl<T: ZeroablePrimitive + fmt::Octal> fmt::Octal for NonZero<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { fmt::Octal::fmt(&self.0, f) }
}
impl<T: ZeroablePrimitive + fmt::LowerHex> fmt::LowerHex for NonZero<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { fmt::LowerHex::fmt(&self.0, f) }
}
impl<T: ZeroablePrimitive + fmt::UpperHex> fmt::UpperHex for NonZero<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { fmt::UpperHex::fmt(&self.0, f) }
}

macro_rules! nonzero_common {
    ($t:ident, $alias:ident) => {
        impl ZeroablePrimitive for $t {
            fn __is_zero(self) -> bool { self == 0 }
        }
        pub type $alias = NonZero<$t>;

        impl NonZero<$t> {
            pub const MIN: NonZero<$t> = if $t::MIN == 0 { NonZero(1) } else { NonZero($t::MIN) };
            pub const MAX: NonZero<$t> = NonZero($t::MAX);
            pub const BITS: u32 = $t::BITS;

            pub const fn leading_zeros(self) -> u32 { self.0.leading_zeros() }
            pub const fn trailing_zeros(self) -> u32 { self.0.trailing_zeros() }
            pub const fn count_ones(self) -> NonZero<u32> { NonZero(self.0.count_ones()) }
            pub const fn checked_mul(self, other: Self) -> Option<Self> {
                match self.0.checked_mul(other.0) { Some(v) => Some(NonZero(v)), None => None }
            }
            pub const fn saturating_mul(self, other: Self) -> Self { NonZero(self.0.saturating_mul(other.0)) }
            pub const fn checked_pow(self, exp: u32) -> Option<Self> {
                match self.0.checked_pow(exp) { Some(v) => Some(NonZero(v)), None => None }
            }
            pub const fn saturating_pow(self, exp: u32) -> Self { NonZero(self.0.saturating_pow(exp)) }
        }

        impl From<NonZero<$t>> for $t {
            fn from(n: NonZero<$t>) -> $t { n.0 }
        }
        impl TryFrom<$t> for NonZero<$t> {
            type Error = crate::num::TryFromIntError;
            fn try_from(n: $t) -> Result<Self, crate::num::TryFromIntError> { NonZero::<$t>::new(n).ok_or(crate::num::TryFromIntError(())) }
        }
        impl FromStr for NonZero<$t> {
            type Err = crate::num::ParseIntError;
            fn from_str(s: &str) -> Result<Self, crate::num::ParseIntError> {
                let n: $t = s.parse()?;
                match NonZero::<$t>::new(n) {
                    Some(v) => Ok(v),
                    None => Err(crate::num::ParseIntError { kind: crate::num::IntErrorKind::Zero }),
                }
            }
        }
        impl BitOr for NonZero<$t> {
            type Output = Self;
            fn bitor(self, rhs: Self) -> Self { NonZero(self.0 | rhs.0) }
        }
        impl BitOr<$t> for NonZero<$t> {
            type Output = Self;
            fn bitor(self, rhs: $t) -> Self { NonZero(self.0 | rhs) }
        }
        impl BitOr<NonZero<$t>> for $t {
            type Output = NonZero<$t>;
            fn bitor(self, rhs: NonZero<$t>) -> NonZero<$t> { NonZero(self | rhs.0) }
        }
        impl BitOrAssign for NonZero<$t> {
            fn bitor_assign(&mut self, rhs: Self) { *self = *self | rhs; }
        }
        impl BitOrAssign<$t> for NonZero<$t> {
            fn bitor_assign(&mut self, rhs: $t) { *self = *self | rhs; }
        }
    };
}

macro_rules! nonzero_unsigned {
    ($t:ident, $alias:ident) => {
        nonzero_common!($t, $alias);

        impl NonZero<$t> {
            pub const fn checked_add(self, other: $t) -> Option<Self> {
                match self.0.checked_add(other) { Some(v) => Some(NonZero(v)), None => None }
            }
            pub const fn saturating_add(self, other: $t) -> Self { NonZero(self.0.saturating_add(other)) }
            pub const fn checked_next_power_of_two(self) -> Option<Self> {
                match self.0.checked_next_power_of_two() { Some(v) => Some(NonZero(v)), None => None }
            }
            pub const fn is_power_of_two(self) -> bool { self.0.is_power_of_two() }
            pub const fn ilog2(self) -> u32 { self.0.ilog2() }
            pub const fn ilog10(self) -> u32 { self.0.ilog10() }
            pub const fn midpoint(self, rhs: Self) -> Self { NonZero(self.0.midpoint(rhs.0)) }
            pub const fn isqrt(self) -> Self { NonZero(self.0.isqrt()) }
        }

        impl Div<NonZero<$t>> for $t {
            type Output = $t;
            fn div(self, other: NonZero<$t>) -> $t { self / other.0 }
        }
        impl Rem<NonZero<$t>> for $t {
            type Output = $t;
            fn rem(self, other: NonZero<$t>) -> $t { self % other.0 }
        }
    };
}

macro_rules! nonzero_signed {
    ($t:ident, $u:ident, $alias:ident) => {
        nonzero_common!($t, $alias);

        impl NonZero<$t> {
            pub const fn abs(self) -> Self { NonZero(self.0.abs()) }
            pub const fn checked_abs(self) -> Option<Self> {
                match self.0.checked_abs() { Some(v) => Some(NonZero(v)), None => None }
            }
            pub const fn overflowing_abs(self) -> (Self, bool) {
                let (v, o) = self.0.overflowing_abs();
                (NonZero(v), o)
            }
            pub const fn saturating_abs(self) -> Self { NonZero(self.0.saturating_abs()) }
            pub const fn wrapping_abs(self) -> Self { NonZero(self.0.wrapping_abs()) }
            pub const fn unsigned_abs(self) -> NonZero<$u> { NonZero(self.0.unsigned_abs()) }
            pub const fn is_positive(self) -> bool { self.0 > 0 }
            pub const fn is_negative(self) -> bool { self.0 < 0 }
            pub const fn checked_neg(self) -> Option<Self> {
                match self.0.checked_neg() { Some(v) => Some(NonZero(v)), None => None }
            }
            pub const fn overflowing_neg(self) -> (Self, bool) {
                let (v, o) = self.0.overflowing_neg();
                (NonZero(v), o)
            }
            pub const fn wrapping_neg(self) -> Self { NonZero(self.0.wrapping_neg()) }
            pub const fn saturating_neg(self) -> Self { NonZero(self.0.saturating_neg()) }
        }

        impl crate::ops::Neg for NonZero<$t> {
            type Output = Self;
            fn neg(self) -> Self { NonZero(-self.0) }
        }
    };
}

nonzero_unsigned!(u8, NonZeroU8);
nonzero_unsigned!(u16, NonZeroU16);
nonzero_unsigned!(u32, NonZeroU32);
nonzero_unsigned!(u64, NonZeroU64);
nonzero_unsigned!(u128, NonZeroU128);
nonzero_unsigned!(usize, NonZeroUsize);
nonzero_signed!(i8, u8, NonZeroI8);
nonzero_signed!(i16, u16, NonZeroI16);
nonzero_signed!(i32, u32, NonZeroI32);
nonzero_signed!(i64, u64, NonZeroI64);
nonzero_signed!(i128, u128, NonZeroI128);
nonzero_signed!(isize, usize, NonZeroIsize);
