// core::num::saturating: `Saturating<T>`, arithmetic that stops at the type's bounds, as core 1.95 has it.
use crate::fmt;
use crate::ops::*;

#[derive(PartialEq, Eq, PartialOrd, Ord, Clone, Copy, Default, Hash)]
#[repr(transparent)]
pub struct Saturating<T>(pub T);

macro_rules! saturating_fmt {
    ($($tr:ident)*) => {
        $(
            impl<T: fmt::$tr> fmt::$tr for Saturating<T> {
                fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { self.0.fmt(f) }
            }
        )*
    };
}

saturating_fmt! { Debug Display Binary Octal LowerHex UpperHex }

// for each operator: `a op b` by the given function of the two integers, `&a op b`, `a op &b`, `&a op &b`, and `a op= b`
// for b a Saturating, a &Saturating, the integer and a reference to it
macro_rules! saturating_binops {
    ($t:ty; $($imp:ident $method:ident $assign:ident $assign_method:ident |$a:ident, $b:ident| $e:expr),*) => {
        $(
            impl $imp for Saturating<$t> {
                type Output = Saturating<$t>;
                #[track_caller]
                fn $method(self, o: Saturating<$t>) -> Saturating<$t> { let $a = self.0; let $b = o.0; Saturating($e) }
            }
            impl<'a> $imp<Saturating<$t>> for &'a Saturating<$t> {
                type Output = Saturating<$t>;
                #[track_caller]
                fn $method(self, o: Saturating<$t>) -> Saturating<$t> { $imp::$method(*self, o) }
            }
            impl $imp<&Saturating<$t>> for Saturating<$t> {
                type Output = Saturating<$t>;
                #[track_caller]
                fn $method(self, o: &Saturating<$t>) -> Saturating<$t> { $imp::$method(self, *o) }
            }
            impl $imp<&Saturating<$t>> for &Saturating<$t> {
                type Output = Saturating<$t>;
                #[track_caller]
                fn $method(self, o: &Saturating<$t>) -> Saturating<$t> { $imp::$method(*self, *o) }
            }
            impl $assign for Saturating<$t> {
                #[track_caller]
                fn $assign_method(&mut self, o: Saturating<$t>) { *self = $imp::$method(*self, o); }
            }
            impl $assign<&Saturating<$t>> for Saturating<$t> {
                #[track_caller]
                fn $assign_method(&mut self, o: &Saturating<$t>) { *self = $imp::$method(*self, *o); }
            }
            impl $assign<$t> for Saturating<$t> {
                #[track_caller]
                fn $assign_method(&mut self, o: $t) { *self = $imp::$method(*self, Saturating(o)); }
            }
            impl $assign<&$t> for Saturating<$t> {
                #[track_caller]
                fn $assign_method(&mut self, o: &$t) { *self = $imp::$method(*self, Saturating(*o)); }
            }
        )*
    };
}

macro_rules! saturating_impl {
    ($($t:ty)*) => {
        $(
            saturating_binops! { $t;
                Add add AddAssign add_assign |a, b| a.saturating_add(b),
                Sub sub SubAssign sub_assign |a, b| a.saturating_sub(b),
                Mul mul MulAssign mul_assign |a, b| a.saturating_mul(b),
                Div div DivAssign div_assign |a, b| a.saturating_div(b),
                Rem rem RemAssign rem_assign |a, b| a % b,
                BitXor bitxor BitXorAssign bitxor_assign |a, b| a ^ b,
                BitOr bitor BitOrAssign bitor_assign |a, b| a | b,
                BitAnd bitand BitAndAssign bitand_assign |a, b| a & b }
            impl Not for Saturating<$t> { type Output = Saturating<$t>; fn not(self) -> Saturating<$t> { Saturating(!self.0) } }
            impl Not for &Saturating<$t> { type Output = Saturating<$t>; fn not(self) -> Saturating<$t> { Not::not(*self) } }

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
