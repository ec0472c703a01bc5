// Floats' Display, Debug, {:e}: decimal digits from the interpreter's flt2dec (shortest or correctly rounded),
// laid out and padded as core::fmt::float and core::num::flt2dec do.
use super::{Debug, Display, Formatter, LowerExp, Result, UpperExp};
use crate::intrinsics;

/// A float laid out as parts (core's Formatted): the sign, then text.
struct Formatted {
    sign: &'static str,
    text: crate::string::String,
}

fn sign_of(negative: bool, is_nan: bool, plus: bool) -> &'static str {
    if is_nan {
        ""
    } else if negative {
        "-"
    } else if plus {
        "+"
    } else {
        ""
    }
}

fn zeros(s: &mut crate::string::String, n: usize) {
    for _ in 0..n {
        s.push('0');
    }
}

/// Digits d (value 0.d × 10^exp) as a decimal with at least frac_digits digits after the point.
fn digits_to_dec_str(buf: &[u8], exp: i16, frac_digits: usize, out: &mut crate::string::String) {
    if exp <= 0 {
        let minus_exp = (-(exp as i32)) as usize;
        out.push_str("0.");
        zeros(out, minus_exp);
        for &d in buf {
            out.push(d as char);
        }
        if frac_digits > buf.len() + minus_exp {
            zeros(out, frac_digits - buf.len() - minus_exp);
        }
    } else {
        let exp = exp as usize;
        if exp < buf.len() {
            for &d in &buf[..exp] {
                out.push(d as char);
            }
            out.push('.');
            for &d in &buf[exp..] {
                out.push(d as char);
            }
            if frac_digits > buf.len() - exp {
                zeros(out, frac_digits - (buf.len() - exp));
            }
        } else {
            for &d in buf {
                out.push(d as char);
            }
            zeros(out, exp - buf.len());
            if frac_digits > 0 {
                out.push('.');
                zeros(out, frac_digits);
            }
        }
    }
}

/// Digits as `d.ddde±x` with at least min_ndigits digits.
fn digits_to_exp_str(buf: &[u8], exp: i16, min_ndigits: usize, upper: bool, out: &mut crate::string::String) {
    out.push(buf[0] as char);
    if buf.len() > 1 || min_ndigits > 1 {
        out.push('.');
        for &d in &buf[1..] {
            out.push(d as char);
        }
        if min_ndigits > buf.len() {
            zeros(out, min_ndigits - buf.len());
        }
    }
    let exp = exp as i32 - 1;
    out.push(if upper { 'E' } else { 'e' });
    if exp < 0 {
        out.push('-');
        push_u32(out, (-exp) as u32);
    } else {
        push_u32(out, exp as u32);
    }
}

fn push_u32(out: &mut crate::string::String, n: u32) {
    if n >= 10 {
        push_u32(out, n / 10);
    }
    out.push((b'0' + (n % 10) as u8) as char);
}

fn special(v: f64, out: &mut crate::string::String) -> bool {
    if v != v {
        out.push_str("NaN");
        true
    } else if v == f64::INFINITY || v == f64::NEG_INFINITY {
        out.push_str("inf");
        true
    } else {
        false
    }
}

/// The shortest representation, as a decimal with at least frac_digits after the point.
fn to_shortest_str(v: f64, is_f32: bool, frac_digits: usize, out: &mut crate::string::String) {
    if special(v, out) {
        return;
    }
    let a = if v < 0.0 { -v } else { v };
    if a == 0.0 {
        if frac_digits > 0 {
            out.push_str("0.");
            zeros(out, frac_digits);
        } else {
            out.push('0');
        }
        return;
    }
    let mut buf = [0u8; 17];
    let (len, exp) = intrinsics::flt2dec_shortest(a, is_f32, &mut buf);
    digits_to_dec_str(&buf[..len], exp, frac_digits, out);
}

/// The shortest representation in exponential form.
fn to_shortest_exp_str(v: f64, is_f32: bool, upper: bool, out: &mut crate::string::String) {
    if special(v, out) {
        return;
    }
    let a = if v < 0.0 { -v } else { v };
    if a == 0.0 {
        out.push_str(if upper { "0E0" } else { "0e0" });
        return;
    }
    let mut buf = [0u8; 17];
    let (len, exp) = intrinsics::flt2dec_shortest(a, is_f32, &mut buf);
    digits_to_exp_str(&buf[..len], exp, 0, upper, out);
}

/// Exactly frac_digits digits after the point, correctly rounded.
fn to_exact_fixed_str(v: f64, is_f32: bool, frac_digits: usize, out: &mut crate::string::String) {
    if special(v, out) {
        return;
    }
    let a = if v < 0.0 { -v } else { v };
    if a == 0.0 {
        if frac_digits > 0 {
            out.push_str("0.");
            zeros(out, frac_digits);
        } else {
            out.push('0');
        }
        return;
    }
    let mut buf = [0u8; 1100];
    let limit = if frac_digits < 0x8000 { -(frac_digits as i16) } else { i16::MIN };
    let (len, exp) = intrinsics::flt2dec_exact(a, is_f32, &mut buf, limit);
    if len == 0 || exp <= limit {
        // rounds to zero at this precision
        if frac_digits > 0 {
            out.push_str("0.");
            zeros(out, frac_digits);
        } else {
            out.push('0');
        }
        return;
    }
    digits_to_dec_str(&buf[..len], exp, frac_digits, out);
}

/// ndigits significant digits in exponential form, correctly rounded.
fn to_exact_exp_str(v: f64, is_f32: bool, ndigits: usize, upper: bool, out: &mut crate::string::String) {
    if special(v, out) {
        return;
    }
    let a = if v < 0.0 { -v } else { v };
    if a == 0.0 {
        if ndigits > 1 {
            out.push_str("0.");
            zeros(out, ndigits - 1);
            out.push_str(if upper { "E0" } else { "e0" });
        } else {
            out.push_str(if upper { "0E0" } else { "0e0" });
        }
        return;
    }
    let mut buf = [0u8; 1100];
    let n = if ndigits > 1100 { 1100 } else { ndigits };
    let (len, exp) = intrinsics::flt2dec_exact(a, is_f32, &mut buf[..n], i16::MIN);
    digits_to_exp_str(&buf[..len], exp, ndigits, upper, out);
}

fn pad_formatted(f: &mut Formatter<'_>, formatted: Formatted) -> Result {
    if let Some(mut width) = f.width {
        let old_fill = f.fill;
        let old_align = f.align;
        let mut sign = formatted.sign;
        if f.sign_aware_zero_pad() {
            // the sign always goes first
            f.buf.write_str(sign)?;
            width = width.saturating_sub(sign.len());
            sign = "";
            f.fill = '0';
            f.align = super::rt::Alignment::Right;
        }
        let len = sign.len() + formatted.text.len();
        let ret = if width <= len {
            f.buf.write_str(sign).and_then(|_| f.buf.write_str(&formatted.text))
        } else {
            let post_padding = f.padding(width - len, super::Alignment::Right)?;
            f.buf.write_str(sign)?;
            f.buf.write_str(&formatted.text)?;
            post_padding.write(f)
        };
        f.fill = old_fill;
        f.align = old_align;
        ret
    } else {
        f.buf.write_str(formatted.sign)?;
        f.buf.write_str(&formatted.text)
    }
}

fn is_negative(v: f64) -> bool { (v.to_bits() >> 63) != 0 }

fn float_display(v: f64, is_f32: bool, f: &mut Formatter<'_>, min_precision: usize) -> Result {
    let mut text = crate::string::String::new();
    match f.precision {
        Some(p) => to_exact_fixed_str(v, is_f32, p, &mut text),
        None => to_shortest_str(v, is_f32, min_precision, &mut text),
    }
    pad_formatted(f, Formatted { sign: sign_of(is_negative(v), v != v, f.sign_plus()), text })
}

fn float_exp(v: f64, is_f32: bool, f: &mut Formatter<'_>, upper: bool) -> Result {
    let mut text = crate::string::String::new();
    match f.precision {
        Some(p) => to_exact_exp_str(v, is_f32, p + 1, upper, &mut text),
        None => to_shortest_exp_str(v, is_f32, upper, &mut text),
    }
    pad_formatted(f, Formatted { sign: sign_of(is_negative(v), v != v, f.sign_plus()), text })
}

/// Debug: a decimal with at least one fractional digit between 1e-4 and 1e16, else exponential.
fn float_debug(v: f64, is_f32: bool, f: &mut Formatter<'_>) -> Result {
    if f.precision.is_some() {
        return float_display(v, is_f32, f, 1);
    }
    let a = if v < 0.0 { -v } else { v };
    if a == 0.0 || (a >= 1.0e-4 && a < 1.0e16) || v != v || a == f64::INFINITY {
        float_display(v, is_f32, f, 1)
    } else {
        float_exp(v, is_f32, f, false)
    }
}

impl Display for f64 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result { float_display(*self, false, f, 0) }
}
impl Debug for f64 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result { float_debug(*self, false, f) }
}
impl LowerExp for f64 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result { float_exp(*self, false, f, false) }
}
impl UpperExp for f64 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result { float_exp(*self, false, f, true) }
}
impl Display for f32 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result { float_display(*self as f64, true, f, 0) }
}
impl Debug for f32 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result { float_debug(*self as f64, true, f) }
}
impl LowerExp for f32 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result { float_exp(*self as f64, true, f, false) }
}
impl UpperExp for f32 {
    fn fmt(&self, f: &mut Formatter<'_>) -> Result { float_exp(*self as f64, true, f, true) }
}
