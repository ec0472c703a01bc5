// The std trait impls of primitive types, tuples and arrays: operators, comparison, Clone/Copy, Default,
// written once per type by macros as core writes them.
use crate::cmp::Ordering;
use crate::ops::*;

macro_rules! binop_impls {
    ($($t:ty)*) => {
        $(
            impl Add for $t { type Output = $t; #[track_caller] #[rustc_inherit_overflow_checks] fn add(self, o: $t) -> $t { self + o } }
            impl Sub for $t { type Output = $t; #[track_caller] #[rustc_inherit_overflow_checks] fn sub(self, o: $t) -> $t { self - o } }
            impl Mul for $t { type Output = $t; #[track_caller] #[rustc_inherit_overflow_checks] fn mul(self, o: $t) -> $t { self * o } }
            impl Div for $t { type Output = $t; #[track_caller] fn div(self, o: $t) -> $t { self / o } }
            impl Rem for $t { type Output = $t; #[track_caller] fn rem(self, o: $t) -> $t { self % o } }
            impl AddAssign for $t { #[track_caller] #[rustc_inherit_overflow_checks] fn add_assign(&mut self, o: $t) { *self = *self + o } }
            impl SubAssign for $t { #[track_caller] #[rustc_inherit_overflow_checks] fn sub_assign(&mut self, o: $t) { *self = *self - o } }
            impl MulAssign for $t { #[track_caller] #[rustc_inherit_overflow_checks] fn mul_assign(&mut self, o: $t) { *self = *self * o } }
            impl DivAssign for $t { #[track_caller] fn div_assign(&mut self, o: $t) { *self = *self / o } }
            impl RemAssign for $t { #[track_caller] fn rem_assign(&mut self, o: $t) { *self = *self % o } }
            forward_ref_binop! { impl Add, add for $t, $t }
            forward_ref_binop! { impl Sub, sub for $t, $t }
            forward_ref_binop! { impl Mul, mul for $t, $t }
            forward_ref_binop! { impl Div, div for $t, $t }
            forward_ref_binop! { impl Rem, rem for $t, $t }
            impl AddAssign<&$t> for $t { #[track_caller] fn add_assign(&mut self, o: &$t) { *self = *self + *o } }
            impl SubAssign<&$t> for $t { #[track_caller] fn sub_assign(&mut self, o: &$t) { *self = *self - *o } }
            impl MulAssign<&$t> for $t { #[track_caller] fn mul_assign(&mut self, o: &$t) { *self = *self * *o } }
            impl DivAssign<&$t> for $t { #[track_caller] fn div_assign(&mut self, o: &$t) { *self = *self / *o } }
            impl RemAssign<&$t> for $t { #[track_caller] fn rem_assign(&mut self, o: &$t) { *self = *self % *o } }
            impl PartialEq for $t { fn eq(&self, o: &$t) -> bool { *self == *o } fn ne(&self, o: &$t) -> bool { *self != *o } }
            impl PartialOrd for $t {
                fn partial_cmp(&self, o: &$t) -> Option<Ordering> {
                    if *self < *o { Some(Ordering::Less) } else if *self > *o { Some(Ordering::Greater) }
                    else if *self == *o { Some(Ordering::Equal) } else { None }
                }
                fn lt(&self, o: &$t) -> bool { *self < *o }
                fn le(&self, o: &$t) -> bool { *self <= *o }
                fn gt(&self, o: &$t) -> bool { *self > *o }
                fn ge(&self, o: &$t) -> bool { *self >= *o }
            }
            impl Clone for $t { fn clone(&self) -> $t { *self } }
            impl Copy for $t {}
            unsafe impl crate::clone::TrivialClone for $t {}
            impl Default for $t { fn default() -> $t { 0 as $t } }
        )*
    };
}

binop_impls! { i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize f32 f64 }

// core's ord_impl!: the integers' and char's clamp names the bounds it was given (at the caller's line)
macro_rules! primitive_clamp {
    ($t:ty) => {
        #[track_caller]
        fn clamp(self, min: $t, max: $t) -> $t {
            if !(min <= max) {
                panic!("min > max. min = {min:?}, max = {max:?}");
            }
            if self < min { min } else if self > max { max } else { self }
        }
    };
}

macro_rules! int_only_impls {
    ($($t:ty)*) => {
        $(
            impl Eq for $t {}
            impl Ord for $t {
                fn cmp(&self, o: &$t) -> Ordering {
                    if *self < *o { Ordering::Less } else if *self == *o { Ordering::Equal } else { Ordering::Greater }
                }
                primitive_clamp!($t);
            }
            impl BitAnd for $t { type Output = $t; fn bitand(self, o: $t) -> $t { self & o } }
            impl BitOr for $t { type Output = $t; fn bitor(self, o: $t) -> $t { self | o } }
            impl BitXor for $t { type Output = $t; fn bitxor(self, o: $t) -> $t { self ^ o } }
            impl Not for $t { type Output = $t; fn not(self) -> $t { !self } }
            impl BitAndAssign for $t { fn bitand_assign(&mut self, o: $t) { *self = *self & o } }
            impl BitOrAssign for $t { fn bitor_assign(&mut self, o: $t) { *self = *self | o } }
            impl BitXorAssign for $t { fn bitxor_assign(&mut self, o: $t) { *self = *self ^ o } }
            forward_ref_binop! { impl BitAnd, bitand for $t, $t }
            forward_ref_binop! { impl BitOr, bitor for $t, $t }
            forward_ref_binop! { impl BitXor, bitxor for $t, $t }
            impl Shl<u32> for $t { type Output = $t; #[track_caller] #[rustc_inherit_overflow_checks] fn shl(self, o: u32) -> $t { self << o } }
            impl Shr<u32> for $t { type Output = $t; #[track_caller] #[rustc_inherit_overflow_checks] fn shr(self, o: u32) -> $t { self >> o } }
            impl Shl<i32> for $t { type Output = $t; #[track_caller] #[rustc_inherit_overflow_checks] fn shl(self, o: i32) -> $t { self << o } }
            impl Shr<i32> for $t { type Output = $t; #[track_caller] #[rustc_inherit_overflow_checks] fn shr(self, o: i32) -> $t { self >> o } }
            impl Shl<usize> for $t { type Output = $t; #[track_caller] #[rustc_inherit_overflow_checks] fn shl(self, o: usize) -> $t { self << o } }
            impl Shr<usize> for $t { type Output = $t; #[track_caller] #[rustc_inherit_overflow_checks] fn shr(self, o: usize) -> $t { self >> o } }
            impl ShlAssign<u32> for $t { #[track_caller] fn shl_assign(&mut self, o: u32) { *self = *self << o } }
            impl ShrAssign<u32> for $t { #[track_caller] fn shr_assign(&mut self, o: u32) { *self = *self >> o } }
            impl ShlAssign<i32> for $t { #[track_caller] fn shl_assign(&mut self, o: i32) { *self = *self << o } }
            impl ShrAssign<i32> for $t { #[track_caller] fn shr_assign(&mut self, o: i32) { *self = *self >> o } }
            impl ShlAssign<usize> for $t { #[track_caller] fn shl_assign(&mut self, o: usize) { *self = *self << o } }
            impl ShrAssign<usize> for $t { #[track_caller] fn shr_assign(&mut self, o: usize) { *self = *self >> o } }
        )*
    };
}

int_only_impls! { i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize }

// as core::hash's impls: each integer by its Hasher method, a slice of them as its bytes in one write
macro_rules! int_hash {
    ($($t:ty, $write:ident;)*) => {
        $(
            impl crate::hash::Hash for $t {
                fn hash<H: crate::hash::Hasher>(&self, state: &mut H) { state.$write(*self) }
                fn hash_slice<H: crate::hash::Hasher>(data: &[$t], state: &mut H) {
                    let newlen = crate::mem::size_of_val(data);
                    let ptr = data.as_ptr() as *const u8;
                    state.write(unsafe { crate::slice::from_raw_parts(ptr, newlen) })
                }
            }
        )*
    };
}

int_hash! {
    u8, write_u8; u16, write_u16; u32, write_u32; u64, write_u64; u128, write_u128; usize, write_usize;
    i8, write_i8; i16, write_i16; i32, write_i32; i64, write_i64; i128, write_i128; isize, write_isize;
}

macro_rules! neg_impls {
    ($($t:ty)*) => {
        $(
            impl Neg for $t { type Output = $t; #[track_caller] #[rustc_inherit_overflow_checks] fn neg(self) -> $t { -self } }
            impl Neg for &$t { type Output = $t; fn neg(self) -> $t { -*self } }
        )*
    };
}

neg_impls! { i8 i16 i32 i64 i128 isize f32 f64 }

impl PartialEq for bool { fn eq(&self, o: &bool) -> bool { *self == *o } }
impl Eq for bool {}
impl PartialOrd for bool {
    fn partial_cmp(&self, o: &bool) -> Option<Ordering> { Some(self.cmp(o)) }
}
impl Ord for bool {
    fn cmp(&self, o: &bool) -> Ordering { (*self as u8).cmp(&(*o as u8)) }
    fn min(self, other: bool) -> bool { self & other }
    fn max(self, other: bool) -> bool { self | other }
    fn clamp(self, min: bool, max: bool) -> bool {
        if !(min <= max) {
            std_panic!("core/src/cmp.rs", 2075, 13, "assertion failed: min <= max");
        }
        self.max(min).min(max)
    }
}
impl Clone for bool { fn clone(&self) -> bool { *self } }
unsafe impl crate::clone::TrivialClone for bool {}
impl Copy for bool {}
impl Default for bool { fn default() -> bool { false } }
impl Not for bool { type Output = bool; fn not(self) -> bool { !self } }
impl Not for &bool { type Output = bool; fn not(self) -> bool { !*self } }
impl BitAnd for bool { type Output = bool; fn bitand(self, o: bool) -> bool { self & o } }
impl BitOr for bool { type Output = bool; fn bitor(self, o: bool) -> bool { self | o } }
impl BitXor for bool { type Output = bool; fn bitxor(self, o: bool) -> bool { self ^ o } }
impl BitAndAssign for bool { fn bitand_assign(&mut self, o: bool) { *self = *self & o } }
impl BitOrAssign for bool { fn bitor_assign(&mut self, o: bool) { *self = *self | o } }
impl BitXorAssign for bool { fn bitxor_assign(&mut self, o: bool) { *self = *self ^ o } }
impl crate::hash::Hash for bool {
    fn hash<H: crate::hash::Hasher>(&self, state: &mut H) { state.write_u8(*self as u8) }
}

impl PartialEq for char { fn eq(&self, o: &char) -> bool { *self == *o } }
impl Eq for char {}
impl PartialOrd for char {
    fn partial_cmp(&self, o: &char) -> Option<Ordering> { Some(self.cmp(o)) }
    fn lt(&self, o: &char) -> bool { *self < *o }
    fn le(&self, o: &char) -> bool { *self <= *o }
    fn gt(&self, o: &char) -> bool { *self > *o }
    fn ge(&self, o: &char) -> bool { *self >= *o }
}
impl Ord for char {
    fn cmp(&self, o: &char) -> Ordering { (*self as u32).cmp(&(*o as u32)) }
    primitive_clamp!(char);
}
impl Clone for char { fn clone(&self) -> char { *self } }
unsafe impl crate::clone::TrivialClone for char {}
impl Copy for char {}
impl Default for char { fn default() -> char { '\x00' } }
impl crate::hash::Hash for char {
    fn hash<H: crate::hash::Hasher>(&self, state: &mut H) { state.write_u32(*self as u32) }
}

impl PartialEq for () { fn eq(&self, _o: &()) -> bool { true } }
impl Eq for () {}
impl PartialOrd for () { fn partial_cmp(&self, _o: &()) -> Option<Ordering> { Some(Ordering::Equal) } }
impl Ord for () { fn cmp(&self, _o: &()) -> Ordering { Ordering::Equal } }
impl Clone for () { fn clone(&self) {} }
unsafe impl crate::clone::TrivialClone for () {}
impl Copy for () {}
impl Default for () { fn default() {} }
impl crate::hash::Hash for () { fn hash<H: crate::hash::Hasher>(&self, _state: &mut H) {} }

impl Clone for ! { fn clone(&self) -> ! { *self } }
impl Copy for ! {}
impl PartialEq for ! { fn eq(&self, _: &!) -> bool { *self } }
impl Eq for ! {}

macro_rules! tuple_impls {
    ($(($($T:ident $i:tt),+))*) => {
        $(
            impl<$($T: PartialEq),+> PartialEq for ($($T,)+) {
                fn eq(&self, other: &($($T,)+)) -> bool { $(self.$i == other.$i)&&+ }
            }
            impl<$($T: Eq),+> Eq for ($($T,)+) {}
            impl<$($T: PartialOrd),+> PartialOrd for ($($T,)+) {
                fn partial_cmp(&self, other: &($($T,)+)) -> Option<Ordering> {
                    $(
                        match self.$i.partial_cmp(&other.$i) {
                            Some(Ordering::Equal) => {}
                            ordering => return ordering,
                        }
                    )+
                    Some(Ordering::Equal)
                }
            }
            impl<$($T: Ord),+> Ord for ($($T,)+) {
                fn cmp(&self, other: &($($T,)+)) -> Ordering {
                    $(
                        match self.$i.cmp(&other.$i) {
                            Ordering::Equal => {}
                            ordering => return ordering,
                        }
                    )+
                    Ordering::Equal
                }
            }
            impl<$($T: Clone),+> Clone for ($($T,)+) {
                fn clone(&self) -> Self { ($(self.$i.clone(),)+) }
            }
            impl<$($T: Copy),+> Copy for ($($T,)+) {}
            unsafe impl<$($T: crate::clone::TrivialClone),+> crate::clone::TrivialClone for ($($T,)+) {}
            impl<$($T: Default),+> Default for ($($T,)+) {
                fn default() -> Self { ($($T::default(),)+) }
            }
            impl<$($T: crate::hash::Hash),+> crate::hash::Hash for ($($T,)+) {
                fn hash<S: crate::hash::Hasher>(&self, state: &mut S) { $(self.$i.hash(state);)+ }
            }
        )*
    };
}

tuple_impls! {
    (A 0)
    (A 0, B 1)
    (A 0, B 1, C 2)
    (A 0, B 1, C 2, D 3)
    (A 0, B 1, C 2, D 3, E 4)
    (A 0, B 1, C 2, D 3, E 4, F 5)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11)
}

