use std::mem::MaybeUninit;
use std::ptr;

// Write binary data straight into a Vec's spare capacity, then commit with set_len.
struct Writer {
    buf: Vec<u8>,
}

impl Writer {
    fn put(&mut self, bytes: &[u8]) {
        self.buf.reserve(bytes.len());
        let spare: &mut [MaybeUninit<u8>] = self.buf.spare_capacity_mut();
        unsafe {
            ptr::copy_nonoverlapping(bytes.as_ptr(), spare.as_mut_ptr() as *mut u8, bytes.len());
            let new_len = self.buf.len() + bytes.len();
            self.buf.set_len(new_len);
        }
    }
    fn u16_be(&mut self, v: u16) { self.put(&v.to_be_bytes()); }
    fn u32_le(&mut self, v: u32) { self.put(&v.to_le_bytes()); }
    fn f64_le(&mut self, v: f64) { self.put(&v.to_bits().to_le_bytes()); }
    fn str(&mut self, s: &str) {
        self.u16_be(s.len() as u16);
        self.put(s.as_bytes());
    }
}

struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take<const N: usize>(&mut self) -> [u8; N] {
        assert!(self.pos + N <= self.data.len(), "read past end");
        let mut out = [0u8; N];
        unsafe { ptr::copy_nonoverlapping(self.data.as_ptr().add(self.pos), out.as_mut_ptr(), N) };
        self.pos += N;
        out
    }
    fn u16_be(&mut self) -> u16 { u16::from_be_bytes(self.take()) }
    fn u32_le(&mut self) -> u32 { u32::from_le_bytes(self.take()) }
    fn f64_le(&mut self) -> f64 { f64::from_bits(u64::from_le_bytes(self.take())) }
    fn str(&mut self) -> &'a str {
        let n = self.u16_be() as usize;
        let bytes = &self.data[self.pos..self.pos + n];
        self.pos += n;
        std::str::from_utf8(bytes).expect("utf8")
    }
}

fn main() {
    let mut w = Writer { buf: Vec::with_capacity(4) };
    w.u16_be(0xBEEF);
    w.u32_le(123_456_789);
    w.f64_le(-6.25);
    w.str("ferris");
    w.str("");
    w.u32_le(u32::MAX);
    println!("encoded {} bytes (cap >= len: {})", w.buf.len(), w.buf.capacity() >= w.buf.len());
    println!("bytes {:02x?}", w.buf);

    let mut r = Reader { data: &w.buf, pos: 0 };
    println!("u16_be {:#x}", r.u16_be());
    println!("u32_le {}", r.u32_le());
    println!("f64_le {}", r.f64_le());
    println!("str {:?}", r.str());
    println!("empty str {:?}", r.str());
    println!("u32_le max {}", r.u32_le());
    println!("consumed all: {}", r.pos == w.buf.len());

    // Cross-endian views of the same bytes.
    let raw = [0x01u8, 0x02, 0x03, 0x04];
    println!("le {:#010x} be {:#010x} ne==le {}", u32::from_le_bytes(raw), u32::from_be_bytes(raw), u32::from_ne_bytes(raw) == u32::from_le_bytes(raw));
    println!("swap_bytes {:#010x}", u32::from_le_bytes(raw).swap_bytes());
    let i: i16 = i16::from_be_bytes([0xFF, 0xFE]);
    println!("i16 from be [ff, fe] = {}", i);

    let mut v: Vec<u32> = Vec::with_capacity(5);
    for (i, slot) in v.spare_capacity_mut().iter_mut().enumerate().take(5) {
        slot.write((i as u32 + 1) * 11);
    }
    unsafe { v.set_len(5) };
    println!("vec filled through spare capacity {:?}", v);
}
