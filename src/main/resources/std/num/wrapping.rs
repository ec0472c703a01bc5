// core::num::wrapping: `Wrapping<T>`, arithmetic that wraps around on overflow, as core 1.95 has it (its inherent
// methods are unstable, so they are not here).
use crate::fmt;
use crate::iter::{Product, Sum};
use crate::ops::*;

#[derive(PartialEq, Eq, PartialOrd, Ord, Clone, Copy, Default, Hash)]
#[repr(transparent)]
pub struct Wrapping<T>(pub T);

macro_rules! wrapping_fmt {
    ($($tr:ident)*) => {
        $(
            impl<T: fmt::$tr> fmt::$tr for Wrapping<T> {
                fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { self.0.fmt(f) }
            }
        )*
    };
}

wrapping_fmt! { Debug Display Binary Octal LowerHex UpperHex }

// `a op= b` for b a Wrapping, a &Wrapping, the integer and a reference to it: `*self = *self op b`
macro_rules! wrapping_assign_ops {
    ($t:ty; $($imp:ident $method:ident $op:ident $op_method:ident),*) => {
        $(
            impl $imp for Wrapping<$t> {
                #[track_caller]
                fn $method(&mut self, o: Wrapping<$t>) { *self = $op::$op_method(*self, o); }
            }
            impl $imp<&Wrapping<$t>> for Wrapping<$t> {
                #[track_caller]
                fn $method(&mut self, o: &Wrapping<$t>) { *self = $op::$op_method(*self, *o); }
            }
            impl $imp<$t> for Wrapping<$t> {
                #[track_caller]
                fn $method(&mut self, o: $t) { *self = $op::$op_method(*self, Wrapping(o)); }
            }
            impl $imp<&$t> for Wrapping<$t> {
                #[track_caller]
                fn $method(&mut self, o: &$t) { *self = $op::$op_method(*self, Wrapping(*o)); }
            }
        )*
    };
}

macro_rules! wrapping_impl {
    ($($t:ty)*) => {
        $(
            impl Add for Wrapping<$t> { type Output = Wrapping<$t>; fn add(self, o: Wrapping<$t>) -> Wrapping<$t> { Wrapping(self.0.wrapping_add(o.0)) } }
            impl Sub for Wrapping<$t> { type Output = Wrapping<$t>; fn sub(self, o: Wrapping<$t>) -> Wrapping<$t> { Wrapping(self.0.wrapping_sub(o.0)) } }
            impl Mul for Wrapping<$t> { type Output = Wrapping<$t>; fn mul(self, o: Wrapping<$t>) -> Wrapping<$t> { Wrapping(self.0.wrapping_mul(o.0)) } }
            impl Div for Wrapping<$t> { type Output = Wrapping<$t>; #[track_caller] fn div(self, o: Wrapping<$t>) -> Wrapping<$t> { Wrapping(self.0.wrapping_div(o.0)) } }
            impl Rem for Wrapping<$t> { type Output = Wrapping<$t>; #[track_caller] fn rem(self, o: Wrapping<$t>) -> Wrapping<$t> { Wrapping(self.0.wrapping_rem(o.0)) } }
            impl BitXor for Wrapping<$t> { type Output = Wrapping<$t>; fn bitxor(self, o: Wrapping<$t>) -> Wrapping<$t> { Wrapping(self.0 ^ o.0) } }
            impl BitOr for Wrapping<$t> { type Output = Wrapping<$t>; fn bitor(self, o: Wrapping<$t>) -> Wrapping<$t> { Wrapping(self.0 | o.0) } }
            impl BitAnd for Wrapping<$t> { type Output = Wrapping<$t>; fn bitand(self, o: Wrapping<$t>) -> Wrapping<$t> { Wrapping(self.0 & o.0) } }
            impl Shl<usize> for Wrapping<$t> { type Output = Wrapping<$t>; fn shl(self, o: usize) -> Wrapping<$t> { Wrapping(self.0.wrapping_shl(o as u32)) } }
            impl Shr<usize> for Wrapping<$t> { type Output = Wrapping<$t>; fn shr(self, o: usize) -> Wrapping<$t> { Wrapping(self.0.wrapping_shr(o as u32)) } }
            forward_ref_binop! { impl Add, add for Wrapping<$t>, Wrapping<$t> }
            forward_ref_binop! { impl Sub, sub for Wrapping<$t>, Wrapping<$t> }
            forward_ref_binop! { impl Mul, mul for Wrapping<$t>, Wrapping<$t> }
            forward_ref_binop! { impl Div, div for Wrapping<$t>, Wrapping<$t> }
            forward_ref_binop! { impl Rem, rem for Wrapping<$t>, Wrapping<$t> }
            forward_ref_binop! { impl BitXor, bitxor for Wrapping<$t>, Wrapping<$t> }
            forward_ref_binop! { impl BitOr, bitor for Wrapping<$t>, Wrapping<$t> }
            forward_ref_binop! { impl BitAnd, bitand for Wrapping<$t>, Wrapping<$t> }
            forward_ref_binop! { impl Shl, shl for Wrapping<$t>, usize }
            forward_ref_binop! { impl Shr, shr for Wrapping<$t>, usize }
            impl Neg for Wrapping<$t> { type Output = Wrapping<$t>; fn neg(self) -> Wrapping<$t> { Wrapping(0) - self } }
            impl Not for Wrapping<$t> { type Output = Wrapping<$t>; fn not(self) -> Wrapping<$t> { Wrapping(!self.0) } }
            impl Neg for &Wrapping<$t> { type Output = Wrapping<$t>; fn neg(self) -> Wrapping<$t> { Neg::neg(*self) } }
            impl Not for &Wrapping<$t> { type Output = Wrapping<$t>; fn not(self) -> Wrapping<$t> { Not::not(*self) } }
            wrapping_assign_ops! { $t;
                AddAssign add_assign Add add, SubAssign sub_assign Sub sub, MulAssign mul_assign Mul mul,
                DivAssign div_assign Div div, RemAssign rem_assign Rem rem, BitXorAssign bitxor_assign BitXor bitxor,
                BitOrAssign bitor_assign BitOr bitor, BitAndAssign bitand_assign BitAnd bitand }
            impl ShlAssign<usize> for Wrapping<$t> { fn shl_assign(&mut self, o: usize) { *self = *self << o; } }
            impl ShrAssign<usize> for Wrapping<$t> { fn shr_assign(&mut self, o: usize) { *self = *self >> o; } }
            impl ShlAssign<&usize> for Wrapping<$t> { fn shl_assign(&mut self, o: &usize) { *self = *self << *o; } }
            impl ShrAssign<&usize> for Wrapping<$t> { fn shr_assign(&mut self, o: &usize) { *self = *self >> *o; } }
            impl Sum for Wrapping<$t> {
                fn sum<I: Iterator<Item = Wrapping<$t>>>(iter: I) -> Wrapping<$t> { iter.fold(Wrapping(0), |a, b| a + b) }
            }
            impl<'a> Sum<&'a Wrapping<$t>> for Wrapping<$t> {
                fn sum<I: Iterator<Item = &'a Wrapping<$t>>>(iter: I) -> Wrapping<$t> { iter.fold(Wrapping(0), |a, b| a + b) }
            }
            impl Product for Wrapping<$t> {
                fn product<I: Iterator<Item = Wrapping<$t>>>(iter: I) -> Wrapping<$t> { iter.fold(Wrapping(1), |a, b| a * b) }
            }
            impl<'a> Product<&'a Wrapping<$t>> for Wrapping<$t> {
                fn product<I: Iterator<Item = &'a Wrapping<$t>>>(iter: I) -> Wrapping<$t> { iter.fold(Wrapping(1), |a, b| a * b) }
            }
        )*
    };
}

wrapping_impl! { usize u8 u16 u32 u64 u128 isize i8 i16 i32 i64 i128 }
