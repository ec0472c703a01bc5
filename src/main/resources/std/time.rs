// std::time (core::time::Duration and std's Instant, SystemTime): Rust 1.95's types with their layouts
// (Duration {secs: u64, nanos: Nanoseconds} with the nanoseconds' niche, Instant/SystemTime a Timespec
// {tv_sec: i64, tv_nsec: Nanoseconds}) and algorithms; the clocks are rustmem's virtual clock.
use crate::error::Error;
use crate::fmt;
use crate::iter::Sum;
use crate::ops::{Add, AddAssign, Div, DivAssign, Mul, MulAssign, Sub, SubAssign};

const NANOS_PER_SEC: u32 = 1_000_000_000;
const NANOS_PER_MILLI: u32 = 1_000_000;
const NANOS_PER_MICRO: u32 = 1_000;
const MILLIS_PER_SEC: u64 = 1_000;
const MICROS_PER_SEC: u64 = 1_000_000;

/// A u32 below 1_000_000_000 (core::num::niche_types::Nanoseconds): its niche makes Option<Duration> 16 bytes.
#[rustc_layout_scalar_valid_range_start(0)]
#[rustc_layout_scalar_valid_range_end(999_999_999)]
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct Nanoseconds(u32);

impl Nanoseconds {
    pub(crate) const ZERO: Nanoseconds = unsafe { Nanoseconds(0) };
    pub(crate) const unsafe fn new_unchecked(n: u32) -> Nanoseconds { unsafe { Nanoseconds(n) } }
    pub(crate) const fn as_inner(self) -> u32 { self.0 }
}

impl Default for Nanoseconds {
    fn default() -> Nanoseconds { Nanoseconds::ZERO }
}

impl fmt::Debug for Nanoseconds {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { fmt::Debug::fmt(&self.0, f) }
}

#[def_path = "core::time"]

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Duration {
    secs: u64,
    nanos: Nanoseconds, // Always 0 <= nanos < NANOS_PER_SEC
}

/// core's try_from_secs!: a float's seconds to a Duration, rounding the nanoseconds to nearest, ties to even
/// (f32 cannot carry a rounding into the next second: the tests of `mantissa_bits == 23` are core's).
macro_rules! try_from_secs {
    (secs = $secs:expr, mantissa_bits = $mant_bits:literal, exponent_bits = $exp_bits:literal, offset = $offset:literal,
     bits_ty = $bits_ty:ty, double_ty = $double_ty:ty) => {{
        const MIN_EXP: i16 = 1 - (1i16 << $exp_bits) / 2;
        const MANT_MASK: $bits_ty = (1 << $mant_bits) - 1;
        const EXP_MASK: $bits_ty = (1 << $exp_bits) - 1;
        if $secs < 0.0 {
            return Err(TryFromFloatSecsError { kind: TryFromFloatSecsErrorKind::Negative });
        }
        let bits = $secs.to_bits();
        let mant = (bits & MANT_MASK) | (MANT_MASK + 1);
        let exp = ((bits >> $mant_bits) & EXP_MASK) as i16 + MIN_EXP;
        let (secs, nanos) = if exp < -31 {
            // the input is rounded to zero
            (0u64, 0u32)
        } else if exp < 0 {
            // the input is less than 1 second
            let t = (mant as $double_ty) << (($offset + exp) as u32);
            let nanos_offset: u32 = $mant_bits + $offset;
            let nanos_tmp = (NANOS_PER_SEC as u128) * (t as u128);
            let nanos = (nanos_tmp >> nanos_offset) as u32;
            let rem_mask: u128 = (1u128 << nanos_offset) - 1;
            let rem_msb_mask: u128 = 1u128 << (nanos_offset - 1);
            let rem = nanos_tmp & rem_mask;
            let is_tie = rem == rem_msb_mask;
            let is_even = (nanos & 1) == 0;
            let rem_msb = nanos_tmp & rem_msb_mask == 0;
            let add_ns = !(rem_msb || (is_even && is_tie));
            let nanos = nanos + add_ns as u32;
            if ($mant_bits == 23) || (nanos != NANOS_PER_SEC) { (0, nanos) } else { (1, 0) }
        } else if exp < $mant_bits {
            let secs = (mant >> (($mant_bits - exp) as u32)) as u64;
            let t = ((mant << (exp as u32)) & MANT_MASK) as $double_ty;
            let nanos_offset: u32 = $mant_bits;
            let nanos_tmp = (NANOS_PER_SEC as $double_ty) * t;
            let nanos = (nanos_tmp >> nanos_offset) as u32;
            let rem_mask: $double_ty = (1 << nanos_offset) - 1;
            let rem_msb_mask: $double_ty = 1 << (nanos_offset - 1);
            let rem = nanos_tmp & rem_mask;
            let is_tie = rem == rem_msb_mask;
            let is_even = (nanos & 1) == 0;
            let rem_msb = nanos_tmp & rem_msb_mask == 0;
            let add_ns = !(rem_msb || (is_even && is_tie));
            let nanos = nanos + add_ns as u32;
            if ($mant_bits == 23) || (nanos != NANOS_PER_SEC) { (secs, nanos) } else { (secs + 1, 0) }
        } else if exp < 64 {
            // the input has no fractional part
            let secs = (mant as u64) << ((exp - $mant_bits) as u32);
            (secs, 0)
        } else {
            return Err(TryFromFloatSecsError { kind: TryFromFloatSecsErrorKind::OverflowOrNan });
        };
        Ok(Duration::new(secs, nanos))
    }};
}

impl Duration {
    pub const ZERO: Duration = Duration::from_nanos(0);
    pub const MAX: Duration = Duration::new(u64::MAX, NANOS_PER_SEC - 1);

    pub const fn new(secs: u64, nanos: u32) -> Duration {
        if nanos < NANOS_PER_SEC {
            Duration { secs, nanos: unsafe { Nanoseconds::new_unchecked(nanos) } }
        } else {
            let secs = std_expect!(secs.checked_add((nanos / NANOS_PER_SEC) as u64), "core/src/time.rs", 201, 18,
                "overflow in Duration::new");
            let nanos = nanos % NANOS_PER_SEC;
            Duration { secs, nanos: unsafe { Nanoseconds::new_unchecked(nanos) } }
        }
    }

    pub const fn from_secs(secs: u64) -> Duration { Duration { secs, nanos: Nanoseconds::ZERO } }

    pub const fn from_millis(millis: u64) -> Duration {
        let secs = millis / MILLIS_PER_SEC;
        let subsec_millis = (millis % MILLIS_PER_SEC) as u32;
        let subsec_nanos = unsafe { Nanoseconds::new_unchecked(subsec_millis * NANOS_PER_MILLI) };
        Duration { secs, nanos: subsec_nanos }
    }

    pub const fn from_micros(micros: u64) -> Duration {
        let secs = micros / MICROS_PER_SEC;
        let subsec_micros = (micros % MICROS_PER_SEC) as u32;
        let subsec_nanos = unsafe { Nanoseconds::new_unchecked(subsec_micros * NANOS_PER_MICRO) };
        Duration { secs, nanos: subsec_nanos }
    }

    pub const fn from_nanos(nanos: u64) -> Duration {
        let secs = nanos / (NANOS_PER_SEC as u64);
        let subsec_nanos = (nanos % (NANOS_PER_SEC as u64)) as u32;
        let subsec_nanos = unsafe { Nanoseconds::new_unchecked(subsec_nanos) };
        Duration { secs, nanos: subsec_nanos }
    }

    #[track_caller]
    pub const fn from_nanos_u128(nanos: u128) -> Duration {
        let secs = nanos / (NANOS_PER_SEC as u128);
        if secs > u64::MAX as u128 {
            panic!("overflow in `Duration::from_nanos_u128`");
        }
        let subsec_nanos = (nanos % (NANOS_PER_SEC as u128)) as u32;
        let subsec_nanos = unsafe { Nanoseconds::new_unchecked(subsec_nanos) };
        Duration { secs: secs as u64, nanos: subsec_nanos }
    }

    pub const fn from_hours(hours: u64) -> Duration {
        if hours > u64::MAX / (60 * 60) {
            std_panic!("core/src/time.rs", 424, 13, "overflow in Duration::from_hours");
        }
        Duration::from_secs(hours * 60 * 60)
    }

    pub const fn from_mins(mins: u64) -> Duration {
        if mins > u64::MAX / 60 {
            std_panic!("core/src/time.rs", 452, 13, "overflow in Duration::from_mins");
        }
        Duration::from_secs(mins * 60)
    }

    pub const fn is_zero(&self) -> bool { self.secs == 0 && self.nanos.as_inner() == 0 }
    pub const fn as_secs(&self) -> u64 { self.secs }
    pub const fn subsec_millis(&self) -> u32 { self.nanos.as_inner() / NANOS_PER_MILLI }
    pub const fn subsec_micros(&self) -> u32 { self.nanos.as_inner() / NANOS_PER_MICRO }
    pub const fn subsec_nanos(&self) -> u32 { self.nanos.as_inner() }

    pub const fn as_millis(&self) -> u128 {
        self.secs as u128 * MILLIS_PER_SEC as u128 + (self.nanos.as_inner() / NANOS_PER_MILLI) as u128
    }
    pub const fn as_micros(&self) -> u128 {
        self.secs as u128 * MICROS_PER_SEC as u128 + (self.nanos.as_inner() / NANOS_PER_MICRO) as u128
    }
    pub const fn as_nanos(&self) -> u128 { self.secs as u128 * NANOS_PER_SEC as u128 + self.nanos.as_inner() as u128 }

    pub const fn abs_diff(self, other: Duration) -> Duration {
        if let Some(res) = self.checked_sub(other) { res } else { other.checked_sub(self).unwrap() }
    }

    pub const fn checked_add(self, rhs: Duration) -> Option<Duration> {
        if let Some(mut secs) = self.secs.checked_add(rhs.secs) {
            let mut nanos = self.nanos.as_inner() + rhs.nanos.as_inner();
            if nanos >= NANOS_PER_SEC {
                nanos -= NANOS_PER_SEC;
                let Some(new_secs) = secs.checked_add(1) else {
                    return None;
                };
                secs = new_secs;
            }
            Some(Duration::new(secs, nanos))
        } else {
            None
        }
    }

    pub const fn saturating_add(self, rhs: Duration) -> Duration {
        match self.checked_add(rhs) {
            Some(res) => res,
            None => Duration::MAX,
        }
    }

    pub const fn checked_sub(self, rhs: Duration) -> Option<Duration> {
        if let Some(mut secs) = self.secs.checked_sub(rhs.secs) {
            let nanos = if self.nanos.as_inner() >= rhs.nanos.as_inner() {
                self.nanos.as_inner() - rhs.nanos.as_inner()
            } else if let Some(sub_secs) = secs.checked_sub(1) {
                secs = sub_secs;
                self.nanos.as_inner() + NANOS_PER_SEC - rhs.nanos.as_inner()
            } else {
                return None;
            };
            Some(Duration::new(secs, nanos))
        } else {
            None
        }
    }

    pub const fn saturating_sub(self, rhs: Duration) -> Duration {
        match self.checked_sub(rhs) {
            Some(res) => res,
            None => Duration::ZERO,
        }
    }

    pub const fn checked_mul(self, rhs: u32) -> Option<Duration> {
        let total_nanos = self.nanos.as_inner() as u64 * rhs as u64;
        let extra_secs = total_nanos / (NANOS_PER_SEC as u64);
        let nanos = (total_nanos % (NANOS_PER_SEC as u64)) as u32;
        if let Some(s) = self.secs.checked_mul(rhs as u64) {
            if let Some(secs) = s.checked_add(extra_secs) {
                return Some(Duration::new(secs, nanos));
            }
        }
        None
    }

    pub const fn saturating_mul(self, rhs: u32) -> Duration {
        match self.checked_mul(rhs) {
            Some(res) => res,
            None => Duration::MAX,
        }
    }

    pub const fn checked_div(self, rhs: u32) -> Option<Duration> {
        if rhs != 0 {
            let (secs, extra_secs) = (self.secs / (rhs as u64), self.secs % (rhs as u64));
            let (mut nanos, extra_nanos) = (self.nanos.as_inner() / rhs, self.nanos.as_inner() % rhs);
            nanos += ((extra_secs * (NANOS_PER_SEC as u64) + extra_nanos as u64) / (rhs as u64)) as u32;
            Some(Duration::new(secs, nanos))
        } else {
            None
        }
    }

    pub const fn as_secs_f64(&self) -> f64 { (self.secs as f64) + (self.nanos.as_inner() as f64) / (NANOS_PER_SEC as f64) }
    pub const fn as_secs_f32(&self) -> f32 { (self.secs as f32) + (self.nanos.as_inner() as f32) / (NANOS_PER_SEC as f32) }

    pub fn from_secs_f64(secs: f64) -> Duration {
        match Duration::try_from_secs_f64(secs) {
            Ok(v) => v,
            Err(e) => std_panic!("core/src/time.rs", 962, 23, "{e}"),
        }
    }

    pub fn from_secs_f32(secs: f32) -> Duration {
        match Duration::try_from_secs_f32(secs) {
            Ok(v) => v,
            Err(e) => std_panic!("core/src/time.rs", 999, 23, "{e}"),
        }
    }

    pub fn mul_f64(self, rhs: f64) -> Duration { Duration::from_secs_f64(rhs * self.as_secs_f64()) }
    pub fn mul_f32(self, rhs: f32) -> Duration { Duration::from_secs_f32(rhs * self.as_secs_f32()) }
    pub fn div_f64(self, rhs: f64) -> Duration { Duration::from_secs_f64(self.as_secs_f64() / rhs) }
    pub fn div_f32(self, rhs: f32) -> Duration { Duration::from_secs_f32(self.as_secs_f32() / rhs) }

    pub const fn div_duration_f64(self, rhs: Duration) -> f64 {
        let self_nanos = (self.secs as f64) * (NANOS_PER_SEC as f64) + (self.nanos.as_inner() as f64);
        let rhs_nanos = (rhs.secs as f64) * (NANOS_PER_SEC as f64) + (rhs.nanos.as_inner() as f64);
        self_nanos / rhs_nanos
    }

    pub const fn div_duration_f32(self, rhs: Duration) -> f32 {
        let self_nanos = (self.secs as f32) * (NANOS_PER_SEC as f32) + (self.nanos.as_inner() as f32);
        let rhs_nanos = (rhs.secs as f32) * (NANOS_PER_SEC as f32) + (rhs.nanos.as_inner() as f32);
        self_nanos / rhs_nanos
    }

    pub fn try_from_secs_f32(secs: f32) -> Result<Duration, TryFromFloatSecsError> {
        try_from_secs!(secs = secs, mantissa_bits = 23, exponent_bits = 8, offset = 41, bits_ty = u32, double_ty = u64)
    }

    pub fn try_from_secs_f64(secs: f64) -> Result<Duration, TryFromFloatSecsError> {
        try_from_secs!(secs = secs, mantissa_bits = 52, exponent_bits = 11, offset = 44, bits_ty = u64, double_ty = u128)
    }
}

impl Add for Duration {
    type Output = Duration;
    fn add(self, rhs: Duration) -> Duration {
        std_expect!(self.checked_add(rhs), "core/src/time.rs", 1181, 31, "overflow when adding durations")
    }
}

impl AddAssign for Duration {
    fn add_assign(&mut self, rhs: Duration) { *self = *self + rhs; }
}

impl Sub for Duration {
    type Output = Duration;
    fn sub(self, rhs: Duration) -> Duration {
        std_expect!(self.checked_sub(rhs), "core/src/time.rs", 1201, 31, "overflow when subtracting durations")
    }
}

impl SubAssign for Duration {
    fn sub_assign(&mut self, rhs: Duration) { *self = *self - rhs; }
}

impl Mul<u32> for Duration {
    type Output = Duration;
    fn mul(self, rhs: u32) -> Duration {
        std_expect!(self.checked_mul(rhs), "core/src/time.rs", 1221, 31, "overflow when multiplying duration by scalar")
    }
}

impl Mul<Duration> for u32 {
    type Output = Duration;
    fn mul(self, rhs: Duration) -> Duration { rhs * self }
}

impl MulAssign<u32> for Duration {
    fn mul_assign(&mut self, rhs: u32) { *self = *self * rhs; }
}

impl Div<u32> for Duration {
    type Output = Duration;
    #[track_caller]
    fn div(self, rhs: u32) -> Duration { self.checked_div(rhs).expect("divide by zero error when dividing duration by scalar") }
}

impl DivAssign<u32> for Duration {
    #[track_caller]
    fn div_assign(&mut self, rhs: u32) { *self = *self / rhs; }
}

/// std's sum_durations! macro, which rustc reports an overflow of at the place it is invoked (line `site`, column 9).
fn sum_durations<'a, I: Iterator<Item = Duration>>(iter: I, site: u32) -> Duration {
    let mut total_secs: u64 = 0;
    let mut total_nanos: u64 = 0;
    for entry in iter {
        total_secs = std_expect!(total_secs.checked_add(entry.secs), "core/src/time.rs", site, 9,
            "overflow in iter::sum over durations");
        total_nanos = match total_nanos.checked_add(entry.nanos.as_inner() as u64) {
            Some(n) => n,
            None => {
                total_secs = std_expect!(total_secs.checked_add(total_nanos / NANOS_PER_SEC as u64), "core/src/time.rs", site, 9,
                    "overflow in iter::sum over durations");
                (total_nanos % NANOS_PER_SEC as u64) + entry.nanos.as_inner() as u64
            }
        };
    }
    total_secs = std_expect!(total_secs.checked_add(total_nanos / NANOS_PER_SEC as u64), "core/src/time.rs", site, 9,
        "overflow in iter::sum over durations");
    total_nanos = total_nanos % NANOS_PER_SEC as u64;
    Duration::new(total_secs, total_nanos as u32)
}

impl Sum for Duration {
    fn sum<I: Iterator<Item = Duration>>(iter: I) -> Duration { sum_durations(iter, 1296) }
}

impl<'a> Sum<&'a Duration> for Duration {
    fn sum<I: Iterator<Item = &'a Duration>>(iter: I) -> Duration { sum_durations(iter.map(|d| *d), 1303) }
}

/// core's Duration Debug: the decimal of the largest unit that is at least 1 (s, ms, µs, ns), its precision
/// honoured with round-half-to-even, padded to the width.
fn fmt_decimal(f: &mut fmt::Formatter<'_>, integer_part: u64, mut fractional_part: u32, mut divisor: u32, prefix: &str,
               postfix: &str) -> fmt::Result {
    let mut buf = [b'0'; 9];
    let mut pos = 0;
    while fractional_part > 0 && pos < f.precision().unwrap_or(9) {
        buf[pos] = b'0' + (fractional_part / divisor) as u8;
        fractional_part %= divisor;
        divisor /= 10;
        pos += 1;
    }
    let integer_part = if fractional_part > 0 && fractional_part >= divisor * 5 {
        let is_tie = fractional_part == divisor * 5;
        let last_digit_is_odd = if pos > 0 { (buf[pos - 1] - b'0') % 2 == 1 } else { (integer_part % 2) == 1 };
        if is_tie && !last_digit_is_odd {
            Some(integer_part)
        } else {
            let mut rev_pos = pos;
            let mut carry = true;
            while carry && rev_pos > 0 {
                rev_pos -= 1;
                if buf[rev_pos] < b'9' {
                    buf[rev_pos] += 1;
                    carry = false;
                } else {
                    buf[rev_pos] = b'0';
                }
            }
            if carry { integer_part.checked_add(1) } else { Some(integer_part) }
        }
    } else {
        Some(integer_part)
    };
    let end = f.precision().map(|p| crate::cmp::min(p, 9)).unwrap_or(pos);
    let emit_without_padding = |f: &mut fmt::Formatter<'_>| -> fmt::Result {
        if let Some(integer_part) = integer_part {
            write!(f, "{}{}", prefix, integer_part)?;
        } else {
            write!(f, "{}18446744073709551616", prefix)?;
        }
        if end > 0 {
            let s = unsafe { crate::str::from_utf8_unchecked(&buf[..end]) };
            let w = f.precision().unwrap_or(pos);
            write!(f, ".{:0<width$}", s, width = w)?;
        }
        write!(f, "{}", postfix)
    };
    match f.width() {
        None => emit_without_padding(f),
        Some(requested_w) => {
            let mut actual_w = prefix.len() + postfix.chars().count();
            if let Some(integer_part) = integer_part {
                if let Some(log) = integer_part.checked_ilog10() {
                    actual_w += 1 + log as usize;
                } else {
                    actual_w += 1;
                }
            } else {
                actual_w += 20;
            }
            if end > 0 {
                let frac_part_w = f.precision().unwrap_or(pos);
                actual_w += 1 + frac_part_w;
            }
            if requested_w <= actual_w {
                emit_without_padding(f)
            } else {
                let post_padding = f.padding(requested_w - actual_w, fmt::Alignment::Left)?;
                emit_without_padding(f)?;
                post_padding.write(f)
            }
        }
    }
}

impl fmt::Debug for Duration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let prefix = if f.sign_plus() { "+" } else { "" };
        if self.secs > 0 {
            fmt_decimal(f, self.secs, self.nanos.as_inner(), NANOS_PER_SEC / 10, prefix, "s")
        } else if self.nanos.as_inner() >= NANOS_PER_MILLI {
            fmt_decimal(f, (self.nanos.as_inner() / NANOS_PER_MILLI) as u64, self.nanos.as_inner() % NANOS_PER_MILLI,
                        NANOS_PER_MILLI / 10, prefix, "ms")
        } else if self.nanos.as_inner() >= NANOS_PER_MICRO {
            fmt_decimal(f, (self.nanos.as_inner() / NANOS_PER_MICRO) as u64, self.nanos.as_inner() % NANOS_PER_MICRO,
                        NANOS_PER_MICRO / 10, prefix, "µs")
        } else {
            fmt_decimal(f, self.nanos.as_inner() as u64, 0, 1, prefix, "ns")
        }
    }
}

/// The error of Duration::try_from_secs_f32/f64.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TryFromFloatSecsError {
    kind: TryFromFloatSecsErrorKind,
}

impl fmt::Display for TryFromFloatSecsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = match self.kind {
            TryFromFloatSecsErrorKind::Negative => "cannot convert float seconds to Duration: value is negative",
            TryFromFloatSecsErrorKind::OverflowOrNan => {
                "cannot convert float seconds to Duration: value is either too big or NaN"
            }
        };
        fmt::Display::fmt(s, f)
    }
}

impl Error for TryFromFloatSecsError {}

#[derive(Debug, Clone, PartialEq, Eq)]
enum TryFromFloatSecsErrorKind {
    Negative,
    OverflowOrNan,
}

// ------------------------------------------------------------------ Instant and SystemTime (std::sys's Timespec)

const NSEC_PER_SEC: u64 = 1_000_000_000;

#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct Timespec {
    tv_sec: i64,
    tv_nsec: Nanoseconds,
}

impl Timespec {
    const unsafe fn new_unchecked(tv_sec: i64, tv_nsec: i64) -> Timespec {
        Timespec { tv_sec, tv_nsec: unsafe { Nanoseconds::new_unchecked(tv_nsec as u32) } }
    }

    const fn zero() -> Timespec { unsafe { Timespec::new_unchecked(0, 0) } }

    /// A clock's reading (clock_gettime): nanoseconds split into seconds and nanoseconds.
    fn from_nanos(n: u64) -> Timespec { unsafe { Timespec::new_unchecked((n / NSEC_PER_SEC) as i64, (n % NSEC_PER_SEC) as i64) } }

    fn sub_timespec(&self, other: &Timespec) -> Result<Duration, Duration> {
        if self >= other {
            let (secs, nsec) = if self.tv_nsec.as_inner() >= other.tv_nsec.as_inner() {
                (self.tv_sec.wrapping_sub(other.tv_sec) as u64, self.tv_nsec.as_inner() - other.tv_nsec.as_inner())
            } else {
                ((self.tv_sec - 1).wrapping_sub(other.tv_sec) as u64,
                 self.tv_nsec.as_inner() + (NSEC_PER_SEC as u32) - other.tv_nsec.as_inner())
            };
            Ok(Duration::new(secs, nsec))
        } else {
            match other.sub_timespec(self) {
                Ok(d) => Err(d),
                Err(d) => Ok(d),
            }
        }
    }

    fn checked_add_duration(&self, other: &Duration) -> Option<Timespec> {
        // i64::checked_add_unsigned
        let (r, overflow) = self.tv_sec.overflowing_add(other.as_secs() as i64);
        if overflow ^ ((other.as_secs() as i64) < 0) {
            return None;
        }
        let mut secs = r;
        let mut nsec = other.subsec_nanos() + self.tv_nsec.as_inner();
        if nsec >= NSEC_PER_SEC as u32 {
            nsec -= NSEC_PER_SEC as u32;
            secs = secs.checked_add(1)?;
        }
        Some(unsafe { Timespec::new_unchecked(secs, nsec as i64) })
    }

    fn checked_sub_duration(&self, other: &Duration) -> Option<Timespec> {
        // i64::checked_sub_unsigned
        let (r, overflow) = self.tv_sec.overflowing_sub(other.as_secs() as i64);
        if overflow ^ ((other.as_secs() as i64) < 0) {
            return None;
        }
        let mut secs = r;
        let mut nsec = self.tv_nsec.as_inner() as i32 - other.subsec_nanos() as i32;
        if nsec < 0 {
            nsec += NSEC_PER_SEC as i32;
            secs = secs.checked_sub(1)?;
        }
        Some(unsafe { Timespec::new_unchecked(secs, nsec as i64) })
    }

    /// Nanoseconds from the clock's zero (for sleeping until an Instant), saturating at 0 and u64::MAX.
    pub(crate) fn as_nanos_u64(&self) -> u64 {
        if self.tv_sec < 0 {
            return 0;
        }
        let n = (self.tv_sec as u128) * (NSEC_PER_SEC as u128) + self.tv_nsec.as_inner() as u128;
        if n > u64::MAX as u128 { u64::MAX } else { n as u64 }
    }
}

/// A reading of the monotonic clock (CLOCK_MONOTONIC).
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Instant {
    t: Timespec,
}

impl Instant {
    pub fn now() -> Instant { Instant { t: Timespec::from_nanos(crate::intrinsics::clock_monotonic_nanos()) } }

    pub fn duration_since(&self, earlier: Instant) -> Duration { self.checked_duration_since(earlier).unwrap_or_default() }

    pub fn checked_duration_since(&self, earlier: Instant) -> Option<Duration> { self.t.sub_timespec(&earlier.t).ok() }

    pub fn saturating_duration_since(&self, earlier: Instant) -> Duration { self.checked_duration_since(earlier).unwrap_or_default() }

    pub fn elapsed(&self) -> Duration { Instant::now() - *self }

    pub fn checked_add(&self, duration: Duration) -> Option<Instant> {
        match self.t.checked_add_duration(&duration) {
            Some(t) => Some(Instant { t }),
            None => None,
        }
    }

    pub fn checked_sub(&self, duration: Duration) -> Option<Instant> {
        match self.t.checked_sub_duration(&duration) {
            Some(t) => Some(Instant { t }),
            None => None,
        }
    }

    pub(crate) fn as_nanos_u64(&self) -> u64 { self.t.as_nanos_u64() }
}

impl Add<Duration> for Instant {
    type Output = Instant;
    fn add(self, other: Duration) -> Instant {
        std_expect!(self.checked_add(other), "std/src/time.rs", 429, 33, "overflow when adding duration to instant")
    }
}

impl AddAssign<Duration> for Instant {
    fn add_assign(&mut self, other: Duration) { *self = *self + other; }
}

impl Sub<Duration> for Instant {
    type Output = Instant;
    fn sub(self, other: Duration) -> Instant {
        std_expect!(self.checked_sub(other), "std/src/time.rs", 445, 33, "overflow when subtracting duration from instant")
    }
}

impl SubAssign<Duration> for Instant {
    fn sub_assign(&mut self, other: Duration) { *self = *self - other; }
}

impl Sub<Instant> for Instant {
    type Output = Duration;
    fn sub(self, other: Instant) -> Duration { self.duration_since(other) }
}

impl fmt::Debug for Instant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Instant").field("tv_sec", &self.t.tv_sec).field("tv_nsec", &self.t.tv_nsec).finish()
    }
}

/// A reading of the system clock (CLOCK_REALTIME).
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SystemTime {
    t: Timespec,
}

/// The error of SystemTime::duration_since when the other time is later: how much later.
#[derive(Clone, Debug)]
pub struct SystemTimeError(Duration);

pub const UNIX_EPOCH: SystemTime = SystemTime { t: Timespec::zero() };

impl SystemTime {
    pub const UNIX_EPOCH: SystemTime = UNIX_EPOCH;

    pub fn now() -> SystemTime { SystemTime { t: Timespec::from_nanos(crate::intrinsics::clock_realtime_nanos()) } }

    pub fn duration_since(&self, earlier: SystemTime) -> Result<Duration, SystemTimeError> {
        match self.t.sub_timespec(&earlier.t) {
            Ok(d) => Ok(d),
            Err(d) => Err(SystemTimeError(d)),
        }
    }

    pub fn elapsed(&self) -> Result<Duration, SystemTimeError> { SystemTime::now().duration_since(*self) }

    pub fn checked_add(&self, duration: Duration) -> Option<SystemTime> {
        match self.t.checked_add_duration(&duration) {
            Some(t) => Some(SystemTime { t }),
            None => None,
        }
    }

    pub fn checked_sub(&self, duration: Duration) -> Option<SystemTime> {
        match self.t.checked_sub_duration(&duration) {
            Some(t) => Some(SystemTime { t }),
            None => None,
        }
    }
}

impl Add<Duration> for SystemTime {
    type Output = SystemTime;
    fn add(self, dur: Duration) -> SystemTime {
        std_expect!(self.checked_add(dur), "std/src/time.rs", 746, 31, "overflow when adding duration to instant")
    }
}

impl AddAssign<Duration> for SystemTime {
    fn add_assign(&mut self, other: Duration) { *self = *self + other; }
}

impl Sub<Duration> for SystemTime {
    type Output = SystemTime;
    fn sub(self, dur: Duration) -> SystemTime {
        std_expect!(self.checked_sub(dur), "std/src/time.rs", 762, 31, "overflow when subtracting duration from instant")
    }
}

impl SubAssign<Duration> for SystemTime {
    fn sub_assign(&mut self, other: Duration) { *self = *self - other; }
}

impl fmt::Debug for SystemTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SystemTime").field("tv_sec", &self.t.tv_sec).field("tv_nsec", &self.t.tv_nsec).finish()
    }
}

impl SystemTimeError {
    pub fn duration(&self) -> Duration { self.0 }
}

impl Error for SystemTimeError {}

impl fmt::Display for SystemTimeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { write!(f, "second time provided was later than self") }
}
