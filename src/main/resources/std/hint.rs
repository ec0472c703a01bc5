//! std::hint: what the program promises the compiler (reached anyway: undefined behaviour, as Miri reports it).
use crate::intrinsics;

// in a debug build std checks these promises (ub_checks): a broken one aborts with std's message
#[track_caller]
pub const unsafe fn unreachable_unchecked() -> ! {
    crate::panicking::precondition_violated(format_args!("hint::unreachable_unchecked must never be reached"))
}

#[track_caller]
pub const unsafe fn assert_unchecked(cond: bool) {
    if !cond {
        crate::panicking::precondition_violated(format_args!("hint::assert_unchecked must never be called when the condition is false"));
    }
}

pub fn black_box<T>(dummy: T) -> T { intrinsics::black_box(dummy) }

pub fn spin_loop() {}

pub const fn must_use<T>(value: T) -> T { value }
