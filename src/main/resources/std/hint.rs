//! std::hint: what the program promises the compiler (reached anyway: undefined behaviour, as Miri reports it).
use crate::intrinsics;

pub const unsafe fn unreachable_unchecked() -> ! { unsafe { intrinsics::unreachable() } }

pub const unsafe fn assert_unchecked(cond: bool) {
    if !cond {
        unsafe { intrinsics::unreachable() }
    }
}

pub fn black_box<T>(dummy: T) -> T { intrinsics::black_box(dummy) }

pub fn spin_loop() {}

pub const fn must_use<T>(value: T) -> T { value }
