// Integers' Display, Debug, {:x} {:X} {:o} {:b}, {:e}: digits written from the end of a buffer, then
// Formatter::pad_integral (core::fmt::num).
use super::{Binary, Debug, Display, Formatter, LowerExp, LowerHex, Octal, Result, UpperExp, UpperHex};

/// The decimal digits of n at the end of buf; returns where they start.
fn decimal(mut n: u128, buf: &mut [u8; 40]) -> usize {
    let mut curr = buf.len();
    loop {
        curr = curr - 1;
        buf[curr] = b'0' + (n % 10) as u8;
        n = n / 10;
        if n == 0 {
            break;
        }
    }
    curr
}

/// The decimal digits of n at the end of buf, in u64 arithmetic when n fits (cheaper); returns where they start.
pub(crate) fn decimal_digits(n: u128, buf: &mut [u8; 40]) -> usize {
    if (n >> 64) == 0 { decimal64(n as u64, buf) } else { decimal(n, buf) }
}

fn decimal64(mut n: u64, buf: &mut [u8; 40]) -> usize {
    let mut curr = buf.len();
    loop {
        curr = curr - 1;
        buf[curr] = b'0' + (n % 10) as u8;
        n = n / 10;
        if n == 0 {
            break;
        }
    }
    curr
}

/// The digits of n in base (2, 8 or 16) at the end of buf.
fn radix(mut n: u128, base: u128, upper: bool, buf: &mut [u8; 130]) -> usize {
    let mut curr = buf.len();
    loop {
        curr = curr - 1;
        let d = (n % base) as u8;
        buf[curr] = if d < 10 { b'0' + d } else if upper { b'A' + d - 10 } else { b'a' + d - 10 };
        n = n / base;
        if n == 0 {
            break;
        }
    }
    curr
}

fn fmt_radix(n: u128, base: u128, upper: bool, prefix: &str, f: &mut Formatter<'_>) -> Result {
    let mut buf = [0u8; 130];
    let start = radix(n, base, upper, &mut buf);
    f.pad_integral(true, prefix, unsafe { crate::str::from_utf8_unchecked(&buf[start..]) })
}

/// `{:e}` of an integer: one digit, the rest after a point (trailing zeros dropped, or rounded to the precision).
fn fmt_exp(mut n: u128, is_nonnegative: bool, upper: bool, f: &mut Formatter<'_>) -> Result {
    let mut exponent = 0usize;
    // trailing zeros go into the exponent
    while n % 10 == 0 && n >= 10 {
        n = n / 10;
        exponent = exponent + 1;
    }
    let (added_precision, subtracted_precision) = match f.precision() {
        Some(fmt_prec) => {
            let mut tmp = n;
            let mut prec = 0usize;
            while tmp >= 10 {
                tmp = tmp / 10;
                prec = prec + 1;
            }
            (fmt_prec.saturating_sub(prec), prec.saturating_sub(fmt_prec))
        }
        None => (0, 0),
    };
    let mut i = 1;
    while i < subtracted_precision {
        n = n / 10;
        exponent = exponent + 1;
        i = i + 1;
    }
    if subtracted_precision != 0 {
        let rem = n % 10;
        n = n / 10;
        exponent = exponent + 1;
        // round half to even
        if rem > 5 || (rem == 5 && (n % 2 != 0 || subtracted_precision > 1)) {
            n = n + 1;
            if n.ilog10() > (n - 1).ilog10() {
                n = n / 10;
                exponent = exponent + 1;
            }
        }
    }
    let mut buf = [0u8; 40];
    let start = decimal(n, &mut buf);
    let digits = &buf[start..];
    exponent = exponent + digits.len() - 1;
    let mut out = crate::string::String::new();
    out.push(digits[0] as char);
    if digits.len() > 1 || added_precision > 0 {
        out.push('.');
        for &d in &digits[1..] {
            out.push(d as char);
        }
        for _ in 0..added_precision {
            out.push('0');
        }
    }
    out.push(if upper { 'E' } else { 'e' });
    let mut ebuf = [0u8; 40];
    let estart = decimal(exponent as u128, &mut ebuf);
    out.push_str(unsafe { crate::str::from_utf8_unchecked(&ebuf[estart..]) });
    f.pad_integral(is_nonnegative, "", &out)
}

// Display computes in u64 for the types that fit (core's `impl_Display!` does so too), in u128 for the 128-bit ones.
macro_rules! int_fmt {
    ($($t:ident $u:ident $w:ident $digits:ident),*) => {
        $(
            impl Display for $t {
                #[allow(unused_comparisons)]
                fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                    let is_nonnegative = *self >= 0;
                    let n = if is_nonnegative { *self as $w } else { (!(*self as $w)).wrapping_add(1) & ($u::MAX as $w) };
                    let mut buf = [0u8; 40];
                    let start = $digits(n, &mut buf);
                    f.pad_integral(is_nonnegative, "", unsafe { crate::str::from_utf8_unchecked(&buf[start..]) })
                }
            }
            impl Debug for $t {
                fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                    if f.debug_lower_hex() {
                        LowerHex::fmt(self, f)
                    } else if f.debug_upper_hex() {
                        UpperHex::fmt(self, f)
                    } else {
                        Display::fmt(self, f)
                    }
                }
            }
            impl LowerHex for $t {
                fn fmt(&self, f: &mut Formatter<'_>) -> Result { fmt_radix(*self as $u as u128, 16, false, "0x", f) }
            }
            impl UpperHex for $t {
                fn fmt(&self, f: &mut Formatter<'_>) -> Result { fmt_radix(*self as $u as u128, 16, true, "0x", f) }
            }
            impl Octal for $t {
                fn fmt(&self, f: &mut Formatter<'_>) -> Result { fmt_radix(*self as $u as u128, 8, false, "0o", f) }
            }
            impl Binary for $t {
                fn fmt(&self, f: &mut Formatter<'_>) -> Result { fmt_radix(*self as $u as u128, 2, false, "0b", f) }
            }
            impl LowerExp for $t {
                #[allow(unused_comparisons)]
                fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                    let is_nonnegative = *self >= 0;
                    let n = if is_nonnegative { *self as u128 } else { (!(*self as u128)).wrapping_add(1) & ($u::MAX as u128) };
                    fmt_exp(n, is_nonnegative, false, f)
                }
            }
            impl UpperExp for $t {
                #[allow(unused_comparisons)]
                fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                    let is_nonnegative = *self >= 0;
                    let n = if is_nonnegative { *self as u128 } else { (!(*self as u128)).wrapping_add(1) & ($u::MAX as u128) };
                    fmt_exp(n, is_nonnegative, true, f)
                }
            }
        )*
    };
}

int_fmt! {
    i8 u8 u64 decimal64, i16 u16 u64 decimal64, i32 u32 u64 decimal64, i64 u64 u64 decimal64, i128 u128 u128 decimal_digits,
    isize usize u64 decimal64, u8 u8 u64 decimal64, u16 u16 u64 decimal64, u32 u32 u64 decimal64, u64 u64 u64 decimal64,
    u128 u128 u128 decimal_digits, usize usize u64 decimal64
}
