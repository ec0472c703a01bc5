// The macros std's own modules share (core's internal_macros.rs), in scope in every module declared after this one.

// A panic that real std raises in its own code, not at its caller (the function has no #[track_caller]): the rustc
// 1.95 binary reports it at that place of std's source, `/rustc/<commit>/library/FILE:LINE:COL`, which this names.
// StdPanicSitesTest checks every use against std's source pages installed with rustc's documentation.
macro_rules! std_panic {
    ($file:literal, $line:expr, $col:expr, $($arg:tt)+) => {
        $crate::panicking::panic_at(&std_location!($file, $line, $col), format_args!($($arg)+))
    };
}

// `opt.expect(msg)` at that place of std's source: the value, or the panic std raises there.
macro_rules! std_expect {
    ($opt:expr, $file:literal, $line:expr, $col:expr, $msg:literal) => {
        match $opt {
            Some(v) => v,
            None => std_panic!($file, $line, $col, $msg),
        }
    };
}

// That place of std's source as a Location.
macro_rules! std_location {
    ($file:literal, $line:expr, $col:expr) => {
        $crate::panic::Location::internal_constructor(
            concat!("/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/", $file), $line, $col)
    };
}

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
