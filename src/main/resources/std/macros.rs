// std's macros, as std 1.95 defines them (format_args!, stringify!, concat!, line!, assert! are built in).

#[macro_export]
macro_rules! print {
    ($($arg:tt)*) => {{ $crate::io::_print($crate::format_args!($($arg)*)); }};
}

#[macro_export]
macro_rules! println {
    () => { $crate::print!("\n") };
    ($($arg:tt)*) => {{ $crate::io::_print($crate::format_args_nl!($($arg)*)); }};
}

#[macro_export]
macro_rules! eprint {
    ($($arg:tt)*) => {{ $crate::io::_eprint($crate::format_args!($($arg)*)); }};
}

#[macro_export]
macro_rules! eprintln {
    () => { $crate::eprint!("\n") };
    ($($arg:tt)*) => {{ $crate::io::_eprint($crate::format_args_nl!($($arg)*)); }};
}

#[macro_export]
macro_rules! format {
    ($($arg:tt)*) => { $crate::fmt::format($crate::format_args!($($arg)*)) };
}

#[macro_export]
macro_rules! panic {
    () => { $crate::panicking::panic("explicit panic") };
    ($($arg:tt)+) => { $crate::panicking::panic_fmt($crate::format_args!($($arg)+)) };
}

#[macro_export]
macro_rules! unreachable {
    () => { $crate::panicking::panic("internal error: entered unreachable code") };
    ($($arg:tt)+) => { $crate::panicking::unreachable_display(&$crate::format_args!($($arg)+)) };
}

#[macro_export]
macro_rules! todo {
    () => { $crate::panicking::panic("not yet implemented") };
    ($($arg:tt)+) => { $crate::panicking::panic_fmt($crate::format_args!("not yet implemented: {}", $crate::format_args!($($arg)+))) };
}

#[macro_export]
macro_rules! unimplemented {
    () => { $crate::panicking::panic("not implemented") };
    ($($arg:tt)+) => { $crate::panicking::panic_fmt($crate::format_args!("not implemented: {}", $crate::format_args!($($arg)+))) };
}

#[macro_export]
macro_rules! assert_eq {
    ($left:expr, $right:expr $(,)?) => {
        match (&$left, &$right) {
            (left_val, right_val) => {
                if !(*left_val == *right_val) {
                    $crate::panicking::assert_failed($crate::panicking::AssertKind::Eq, &*left_val, &*right_val, $crate::option::Option::None);
                }
            }
        }
    };
    ($left:expr, $right:expr, $($arg:tt)+) => {
        match (&$left, &$right) {
            (left_val, right_val) => {
                if !(*left_val == *right_val) {
                    $crate::panicking::assert_failed($crate::panicking::AssertKind::Eq, &*left_val, &*right_val,
                        $crate::option::Option::Some($crate::format_args!($($arg)+)));
                }
            }
        }
    };
}

#[macro_export]
macro_rules! assert_ne {
    ($left:expr, $right:expr $(,)?) => {
        match (&$left, &$right) {
            (left_val, right_val) => {
                if *left_val == *right_val {
                    $crate::panicking::assert_failed($crate::panicking::AssertKind::Ne, &*left_val, &*right_val, $crate::option::Option::None);
                }
            }
        }
    };
    ($left:expr, $right:expr, $($arg:tt)+) => {
        match (&$left, &$right) {
            (left_val, right_val) => {
                if *left_val == *right_val {
                    $crate::panicking::assert_failed($crate::panicking::AssertKind::Ne, &*left_val, &*right_val,
                        $crate::option::Option::Some($crate::format_args!($($arg)+)));
                }
            }
        }
    };
}

#[macro_export]
macro_rules! debug_assert {
    ($($arg:tt)*) => { $crate::assert!($($arg)*) };
}

#[macro_export]
macro_rules! debug_assert_eq {
    ($($arg:tt)*) => { $crate::assert_eq!($($arg)*) };
}

#[macro_export]
macro_rules! debug_assert_ne {
    ($($arg:tt)*) => { $crate::assert_ne!($($arg)*) };
}

/// `ptr::addr_of!(place)`: a raw pointer to a place without a reference in between (`&raw const place`).
#[macro_export]
macro_rules! addr_of {
    ($place:expr) => { &raw const $place };
}

/// `ptr::addr_of_mut!(place)`: `&raw mut place`.
#[macro_export]
macro_rules! addr_of_mut {
    ($place:expr) => { &raw mut $place };
}

#[macro_export]
macro_rules! matches {
    ($expression:expr, $pattern:pat $(if $guard:expr)? $(,)?) => {
        match $expression {
            $pattern $(if $guard)? => true,
            _ => false
        }
    };
}

#[macro_export]
macro_rules! write {
    ($dst:expr, $($arg:tt)*) => { $dst.write_fmt($crate::format_args!($($arg)*)) };
}

#[macro_export]
macro_rules! writeln {
    ($dst:expr $(,)?) => { $crate::write!($dst, "\n") };
    ($dst:expr, $($arg:tt)*) => { $dst.write_fmt($crate::format_args_nl!($($arg)*)) };
}

#[macro_export]
macro_rules! vec {
    () => { $crate::vec::Vec::new() };
    ($elem:expr; $n:expr) => { $crate::vec::from_elem($elem, $n) };
    ($($x:expr),+ $(,)?) => { $crate::slice::into_vec($crate::boxed::box_new([$($x),+])) };
}

#[macro_export]
macro_rules! dbg {
    () => { $crate::eprintln!("[{}:{}:{}]", $crate::file!(), $crate::line!(), $crate::column!()) };
    ($val:expr $(,)?) => {
        match $val {
            tmp => {
                $crate::eprintln!("[{}:{}:{}] {} = {:#?}", $crate::file!(), $crate::line!(), $crate::column!(), $crate::stringify!($val), &tmp);
                tmp
            }
        }
    };
    ($($val:expr),+ $(,)?) => { ($($crate::dbg!($val)),+,) };
}
