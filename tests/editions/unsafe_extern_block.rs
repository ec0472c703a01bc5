// editions: 2015 2018 2021 2024
// An `extern "C" { .. }` block without `unsafe`: accepted before 2024, "extern blocks must be unsafe"
// in 2024 (`unsafe extern` would work in every edition).
use std::ffi::CStr;
use std::os::raw::{c_char, c_int};

extern "C" {
    fn abs(x: c_int) -> c_int;
    fn atoi(s: *const c_char) -> c_int;
    fn strlen(s: *const c_char) -> usize;
}

struct Reading {
    raw: &'static [u8],
}

impl Reading {
    fn value(&self) -> i32 {
        let s = CStr::from_bytes_with_nul(self.raw).unwrap();
        unsafe { abs(atoi(s.as_ptr())) }
    }
    fn width(&self) -> usize {
        let s = CStr::from_bytes_with_nul(self.raw).unwrap();
        unsafe { strlen(s.as_ptr()) }
    }
}

fn main() {
    let readings = [Reading { raw: b"-42\0" }, Reading { raw: b"17\0" }, Reading { raw: b"x9\0" }];
    for r in readings.iter() {
        println!("value {} width {}", r.value(), r.width());
    }
}
