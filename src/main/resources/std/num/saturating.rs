// core::num::saturating: `Saturating<T>`, arithmetic that stops at the type's bounds, as core 1.95 has it.
use crate::fmt;
use crate::ops::*;

#[derive(PartialEq, Eq, PartialOrd, Ord, Clone, Copy, Default, Hash)]
#[repr(transparent)]
pub struct Saturating<T>(pub T);

int_wrapper_fmt! { Saturating; Debug Display Binary Octal LowerHex UpperHex }

/// The integer types, with the saturating operations Saturating's operators use (sealed: its module is private).
pub trait SaturatingInt: Copy {
    fn add(self, o: Self) -> Self;
    fn sub(self, o: Self) -> Self;
    fn mul(self, o: Self) -> Self;
    #[track_caller]
    fn div(self, o: Self) -> Self;
    #[track_caller]
    fn rem(self, o: Self) -> Self;
    fn bitxor(self, o: Self) -> Self;
    fn bitor(self, o: Self) -> Self;
    fn bitand(self, o: Self) -> Self;
    fn not(self) -> Self;
}

int_wrapper_binops! { Saturating, SaturatingInt;
    Add add AddAssign add_assign, Sub sub SubAssign sub_assign, Mul mul MulAssign mul_assign,
    Div div DivAssign div_assign, Rem rem RemAssign rem_assign, BitXor bitxor BitXorAssign bitxor_assign,
    BitOr bitor BitOrAssign bitor_assign, BitAnd bitand BitAndAssign bitand_assign
}

impl<T: SaturatingInt> Not for Saturating<T> {
    type Output = Saturating<T>;
    fn not(self) -> Saturating<T> { Saturating(SaturatingInt::not(self.0)) }
}
impl<T: SaturatingInt> Not for &Saturating<T> {
    type Output = Saturating<T>;
    fn not(self) -> Saturating<T> { Not::not(*self) }
}

macro_rules! saturating_impl {
    ($($t:ty)*) => {
        $(
            impl SaturatingInt for $t {
                fn add(self, o: $t) -> $t { self.saturating_add(o) }
                fn sub(self, o: $t) -> $t { self.saturating_sub(o) }
                fn mul(self, o: $t) -> $t { self.saturating_mul(o) }
                #[track_caller]
                fn div(self, o: $t) -> $t { self.saturating_div(o) }
                #[track_caller]
                fn rem(self, o: $t) -> $t { self % o }
                fn bitxor(self, o: $t) -> $t { self ^ o }
                fn bitor(self, o: $t) -> $t { self | o }
                fn bitand(self, o: $t) -> $t { self & o }
                fn not(self) -> $t { !self }
            }

            impl Saturating<$t> {
                pub const MIN: Self = Self(<$t>::MIN);
                pub const MAX: Self = Self(<$t>::MAX);
                pub const BITS: u32 = <$t>::BITS;
                pub const fn count_ones(self) -> u32 { self.0.count_ones() }
                pub const fn count_zeros(self) -> u32 { self.0.count_zeros() }
                pub const fn trailing_zeros(self) -> u32 { self.0.trailing_zeros() }
                pub const fn leading_zeros(self) -> u32 { self.0.leading_zeros() }
                pub const fn rotate_left(self, n: u32) -> Self { Saturating(self.0.rotate_left(n)) }
                pub const fn rotate_right(self, n: u32) -> Self { Saturating(self.0.rotate_right(n)) }
                pub const fn swap_bytes(self) -> Self { Saturating(self.0.swap_bytes()) }
                pub const fn reverse_bits(self) -> Self { Saturating(self.0.reverse_bits()) }
                pub const fn from_be(x: Self) -> Self { Saturating(<$t>::from_be(x.0)) }
                pub const fn from_le(x: Self) -> Self { Saturating(<$t>::from_le(x.0)) }
                pub const fn to_be(self) -> Self { Saturating(self.0.to_be()) }
                pub const fn to_le(self) -> Self { Saturating(self.0.to_le()) }
                pub const fn pow(self, exp: u32) -> Self { Saturating(self.0.saturating_pow(exp)) }
            }
        )*
    };
}

saturating_impl! { usize u8 u16 u32 u64 u128 isize i8 i16 i32 i64 i128 }

macro_rules! saturating_signed {
    ($($t:ty)*) => {
        $(
            impl Neg for Saturating<$t> { type Output = Saturating<$t>; fn neg(self) -> Saturating<$t> { Saturating(self.0.saturating_neg()) } }
            impl Neg for &Saturating<$t> { type Output = Saturating<$t>; fn neg(self) -> Saturating<$t> { Neg::neg(*self) } }
            impl Saturating<$t> {
                pub const fn abs(self) -> Saturating<$t> { Saturating(self.0.saturating_abs()) }
                pub const fn signum(self) -> Saturating<$t> { Saturating(self.0.signum()) }
                pub const fn is_positive(self) -> bool { self.0.is_positive() }
                pub const fn is_negative(self) -> bool { self.0.is_negative() }
            }
        )*
    };
}

saturating_signed! { isize i8 i16 i32 i64 i128 }

macro_rules! saturating_unsigned {
    ($($t:ty)*) => {
        $(
            impl Saturating<$t> {
                pub const fn is_power_of_two(self) -> bool { self.0.is_power_of_two() }
            }
        )*
    };
}

saturating_unsigned! { usize u8 u16 u32 u64 u128 }
