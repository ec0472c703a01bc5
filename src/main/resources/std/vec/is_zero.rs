// std's IsZero (alloc::vec::is_zero): the element types whose value `vec![elem; n]` can take from a zeroed block
// (calloc) instead of cloning, and the test of a value's bytes being all zeros. The specializations std writes with
// `default fn` ask here, once types are known, whether a type implements the trait (intrinsics::try_as_dyn).

use crate::boxed::Box;
use crate::intrinsics::try_as_dyn;
use crate::num::{NonZero, Saturating, Wrapping};

pub(super) unsafe trait IsZero {
    /// Whether this value's representation is all zeros.
    fn is_zero(&self) -> bool;
}

/// v as IsZero, when its type is one.
pub(super) fn as_is_zero<T>(v: &T) -> Option<&dyn IsZero> { try_as_dyn::<T, dyn IsZero>(v) }

macro_rules! impl_is_zero {
    ($($t:ty => $is_zero:expr),* $(,)?) => { $(
        unsafe impl IsZero for $t {
            fn is_zero(&self) -> bool { $is_zero(*self) }
        }
    )* };
}

impl_is_zero! {
    () => |_: ()| true,
    i8 => |x| x == 0, i16 => |x| x == 0, i32 => |x| x == 0, i64 => |x| x == 0, i128 => |x| x == 0, isize => |x| x == 0,
    u8 => |x| x == 0, u16 => |x| x == 0, u32 => |x| x == 0, u64 => |x| x == 0, u128 => |x| x == 0, usize => |x| x == 0,
    bool => |x| x == false,
    char => |x| x == '\0',
    f32 => |x: f32| x.to_bits() == 0,
    f64 => |x: f64| x.to_bits() == 0,
}

// (pointers are not IsZero: provenance)

unsafe impl<T, const N: usize> IsZero for [T; N] {
    fn is_zero(&self) -> bool {
        // std: an empty array is zero whatever T is; of T: IsZero, every element when there are at most 16 (the first
        // when T is zero-sized)
        if N == 0 {
            return true;
        }
        if as_is_zero(&self[0]).is_none() {
            return false;
        }
        if crate::intrinsics::size_of::<T>() == 0 {
            return as_is_zero(&self[0]).unwrap().is_zero();
        }
        N <= 16 && self.iter().all(|x| as_is_zero(x).unwrap().is_zero())
    }
}

macro_rules! impl_is_zero_tuples {
    ($(($($t:ident $i:tt),+))*) => { $(
        unsafe impl<$($t: IsZero),+> IsZero for ($($t,)+) {
            fn is_zero(&self) -> bool { true $(&& self.$i.is_zero())+ }
        }
    )* };
}

impl_is_zero_tuples! {
    (A 0)
    (A 0, B 1)
    (A 0, B 1, C 2)
    (A 0, B 1, C 2, D 3)
    (A 0, B 1, C 2, D 3, E 4)
    (A 0, B 1, C 2, D 3, E 4, F 5)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7)
}

// None of these is represented as all zeros (the rest of a fat pointer's bytes are padding then)
unsafe impl<T: ?Sized> IsZero for Option<&T> {
    fn is_zero(&self) -> bool { self.is_none() }
}

unsafe impl<T: ?Sized> IsZero for Option<Box<T>> {
    fn is_zero(&self) -> bool { self.is_none() }
}

macro_rules! impl_is_zero_option_of_int {
    ($($t:ty),*) => { $(
        unsafe impl IsZero for Option<NonZero<$t>> {
            fn is_zero(&self) -> bool { self.is_none() }
        }
        unsafe impl IsZero for Option<$t> {
            fn is_zero(&self) -> bool { self.is_none() }
        }
    )* };
}

impl_is_zero_option_of_int!(u8, u16, u32, u64, u128, usize, i8, i16, i32, i64, i128, isize);

unsafe impl<T: IsZero> IsZero for Wrapping<T> {
    fn is_zero(&self) -> bool { self.0.is_zero() }
}

unsafe impl<T: IsZero> IsZero for Saturating<T> {
    fn is_zero(&self) -> bool { self.0.is_zero() }
}

macro_rules! impl_is_zero_option_of_bool {
    ($($t:ty),*) => { $(
        unsafe impl IsZero for $t {
            fn is_zero(&self) -> bool {
                let raw: u8 = unsafe { crate::intrinsics::transmute(*self) };
                raw == 0
            }
        }
    )* };
}

impl_is_zero_option_of_bool!(Option<bool>, Option<Option<bool>>, Option<Option<Option<bool>>>);
