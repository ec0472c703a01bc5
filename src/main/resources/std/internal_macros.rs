// The macros std's own modules share (core's internal_macros.rs), in scope in every module declared after this one.

// `&a op b`, `a op &b` and `&a op &b` from `a op b`, for a Copy type.
macro_rules! forward_ref_binop {
    (impl $imp:ident, $method:ident for $t:ty, $u:ty) => {
        impl<'a> $imp<$u> for &'a $t {
            type Output = <$t as $imp<$u>>::Output;
            #[track_caller]
            fn $method(self, other: $u) -> <$t as $imp<$u>>::Output { $imp::$method(*self, other) }
        }
        impl $imp<&$u> for $t {
            type Output = <$t as $imp<$u>>::Output;
            #[track_caller]
            fn $method(self, other: &$u) -> <$t as $imp<$u>>::Output { $imp::$method(self, *other) }
        }
        impl $imp<&$u> for &$t {
            type Output = <$t as $imp<$u>>::Output;
            #[track_caller]
            fn $method(self, other: &$u) -> <$t as $imp<$u>>::Output { $imp::$method(*self, *other) }
        }
    };
}
