// core::num::wrapping: `Wrapping<T>`, arithmetic that wraps around on overflow, as core 1.95 has it (its inherent
// methods are unstable, so they are not here). core writes each operator's impls once per integer type with a
// macro; here each is one impl over the integers' `WrappingInt`, which behaves alike and keeps std's impls few.
use crate::fmt;
use crate::iter::{Product, Sum};
use crate::ops::*;

#[derive(PartialEq, Eq, PartialOrd, Ord, Clone, Copy, Default, Hash)]
#[repr(transparent)]
pub struct Wrapping<T>(pub T);

int_wrapper_fmt! { Wrapping; Debug Display Binary Octal LowerHex UpperHex }

/// The integer types, with the wrapping operations Wrapping's operators use (sealed: its module is private).
pub trait WrappingInt: Copy {
    const ZERO: Self;
    const ONE: Self;
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
    fn shl(self, n: u32) -> Self;
    fn shr(self, n: u32) -> Self;
    fn not(self) -> Self;
}

macro_rules! wrapping_int {
    ($($t:ty)*) => {
        $(
            impl WrappingInt for $t {
                const ZERO: $t = 0;
                const ONE: $t = 1;
                fn add(self, o: $t) -> $t { self.wrapping_add(o) }
                fn sub(self, o: $t) -> $t { self.wrapping_sub(o) }
                fn mul(self, o: $t) -> $t { self.wrapping_mul(o) }
                #[track_caller]
                fn div(self, o: $t) -> $t { self.wrapping_div(o) }
                #[track_caller]
                fn rem(self, o: $t) -> $t { self.wrapping_rem(o) }
                fn bitxor(self, o: $t) -> $t { self ^ o }
                fn bitor(self, o: $t) -> $t { self | o }
                fn bitand(self, o: $t) -> $t { self & o }
                fn shl(self, n: u32) -> $t { self.wrapping_shl(n) }
                fn shr(self, n: u32) -> $t { self.wrapping_shr(n) }
                fn not(self) -> $t { !self }
            }
        )*
    };
}

wrapping_int! { usize u8 u16 u32 u64 u128 isize i8 i16 i32 i64 i128 }

int_wrapper_binops! { Wrapping, WrappingInt;
    Add add AddAssign add_assign, Sub sub SubAssign sub_assign, Mul mul MulAssign mul_assign,
    Div div DivAssign div_assign, Rem rem RemAssign rem_assign, BitXor bitxor BitXorAssign bitxor_assign,
    BitOr bitor BitOrAssign bitor_assign, BitAnd bitand BitAndAssign bitand_assign
}

// shifts by a usize (the amount as u32, masked to the type's bits by wrapping_shl/shr)
macro_rules! wrapping_shifts {
    ($($imp:ident $method:ident $assign:ident $assign_method:ident),*) => {
        $(
            impl<T: WrappingInt> $imp<usize> for Wrapping<T> {
                type Output = Wrapping<T>;
                fn $method(self, o: usize) -> Wrapping<T> { Wrapping(WrappingInt::$method(self.0, o as u32)) }
            }
            impl<'a, T: WrappingInt> $imp<usize> for &'a Wrapping<T> {
                type Output = Wrapping<T>;
                fn $method(self, o: usize) -> Wrapping<T> { $imp::$method(*self, o) }
            }
            impl<T: WrappingInt> $imp<&usize> for Wrapping<T> {
                type Output = Wrapping<T>;
                fn $method(self, o: &usize) -> Wrapping<T> { $imp::$method(self, *o) }
            }
            impl<T: WrappingInt> $imp<&usize> for &Wrapping<T> {
                type Output = Wrapping<T>;
                fn $method(self, o: &usize) -> Wrapping<T> { $imp::$method(*self, *o) }
            }
            impl<T: WrappingInt> $assign<usize> for Wrapping<T> {
                fn $assign_method(&mut self, o: usize) { *self = $imp::$method(*self, o); }
            }
            impl<T: WrappingInt> $assign<&usize> for Wrapping<T> {
                fn $assign_method(&mut self, o: &usize) { *self = $imp::$method(*self, *o); }
            }
        )*
    };
}

wrapping_shifts! { Shl shl ShlAssign shl_assign, Shr shr ShrAssign shr_assign }

impl<T: WrappingInt> Neg for Wrapping<T> {
    type Output = Wrapping<T>;
    fn neg(self) -> Wrapping<T> { Wrapping(T::ZERO) - self }
}
impl<T: WrappingInt> Not for Wrapping<T> {
    type Output = Wrapping<T>;
    fn not(self) -> Wrapping<T> { Wrapping(WrappingInt::not(self.0)) }
}
impl<T: WrappingInt> Neg for &Wrapping<T> {
    type Output = Wrapping<T>;
    fn neg(self) -> Wrapping<T> { Neg::neg(*self) }
}
impl<T: WrappingInt> Not for &Wrapping<T> {
    type Output = Wrapping<T>;
    fn not(self) -> Wrapping<T> { Not::not(*self) }
}

impl<T: WrappingInt> Sum for Wrapping<T> {
    fn sum<I: Iterator<Item = Wrapping<T>>>(iter: I) -> Wrapping<T> { iter.fold(Wrapping(T::ZERO), |a, b| a + b) }
}
impl<'a, T: WrappingInt> Sum<&'a Wrapping<T>> for Wrapping<T> {
    fn sum<I: Iterator<Item = &'a Wrapping<T>>>(iter: I) -> Wrapping<T> { iter.fold(Wrapping(T::ZERO), |a, b| a + b) }
}
impl<T: WrappingInt> Product for Wrapping<T> {
    fn product<I: Iterator<Item = Wrapping<T>>>(iter: I) -> Wrapping<T> { iter.fold(Wrapping(T::ONE), |a, b| a * b) }
}
impl<'a, T: WrappingInt> Product<&'a Wrapping<T>> for Wrapping<T> {
    fn product<I: Iterator<Item = &'a Wrapping<T>>>(iter: I) -> Wrapping<T> { iter.fold(Wrapping(T::ONE), |a, b| a * b) }
}
