// Hashing: the Hash and Hasher traits as std feeds them (integers as their native bytes, str as its bytes
// then 0xff, lengths as usize), SipHash-1-3 (std's DefaultHasher) and RandomState with rustmem's keys.
use crate::marker::PhantomData;

pub trait Hash {
    fn hash<H: Hasher>(&self, state: &mut H);
    fn hash_slice<H: Hasher>(data: &[Self], state: &mut H) where Self: Sized {
        for piece in data.iter() {
            piece.hash(state)
        }
    }
}

pub trait Hasher {
    fn finish(&self) -> u64;
    fn write(&mut self, bytes: &[u8]);
    fn write_u8(&mut self, i: u8) { self.write(&[i]) }
    fn write_u16(&mut self, i: u16) { self.write(&i.to_ne_bytes()) }
    fn write_u32(&mut self, i: u32) { self.write(&i.to_ne_bytes()) }
    fn write_u64(&mut self, i: u64) { self.write(&i.to_ne_bytes()) }
    fn write_u128(&mut self, i: u128) { self.write(&i.to_ne_bytes()) }
    fn write_usize(&mut self, i: usize) { self.write(&i.to_ne_bytes()) }
    fn write_i8(&mut self, i: i8) { self.write_u8(i as u8) }
    fn write_i16(&mut self, i: i16) { self.write_u16(i as u16) }
    fn write_i32(&mut self, i: i32) { self.write_u32(i as u32) }
    fn write_i64(&mut self, i: i64) { self.write_u64(i as u64) }
    fn write_i128(&mut self, i: i128) { self.write_u128(i as u128) }
    fn write_isize(&mut self, i: isize) { self.write_usize(i as usize) }
    fn write_length_prefix(&mut self, len: usize) { self.write_usize(len); }
    fn write_str(&mut self, s: &str) {
        self.write(s.as_bytes());
        self.write_u8(0xff);
    }
}

impl<H: Hasher + ?Sized> Hasher for &mut H {
    fn finish(&self) -> u64 { (**self).finish() }
    fn write(&mut self, bytes: &[u8]) { (**self).write(bytes) }
    fn write_u8(&mut self, i: u8) { (**self).write_u8(i) }
    fn write_u16(&mut self, i: u16) { (**self).write_u16(i) }
    fn write_u32(&mut self, i: u32) { (**self).write_u32(i) }
    fn write_u64(&mut self, i: u64) { (**self).write_u64(i) }
    fn write_usize(&mut self, i: usize) { (**self).write_usize(i) }
    fn write_str(&mut self, s: &str) { (**self).write_str(s) }
    fn write_length_prefix(&mut self, len: usize) { (**self).write_length_prefix(len) }
}

impl<T: ?Sized + Hash> Hash for &T {
    fn hash<H: Hasher>(&self, state: &mut H) { (**self).hash(state); }
}

impl<T: ?Sized + Hash> Hash for &mut T {
    fn hash<H: Hasher>(&self, state: &mut H) { (**self).hash(state); }
}

impl<T: ?Sized> Hash for *const T {
    fn hash<H: Hasher>(&self, state: &mut H) { state.write_usize(crate::intrinsics::ptr_addr(*self)); }
}

impl<T: ?Sized> Hash for *mut T {
    fn hash<H: Hasher>(&self, state: &mut H) { state.write_usize(crate::intrinsics::ptr_addr(*self)); }
}

pub trait BuildHasher {
    type Hasher: Hasher;
    fn build_hasher(&self) -> Self::Hasher;
    fn hash_one<T: Hash>(&self, x: T) -> u64 {
        let mut hasher = self.build_hasher();
        x.hash(&mut hasher);
        hasher.finish()
    }
}

pub struct BuildHasherDefault<H>(PhantomData<fn() -> H>);

impl<H> BuildHasherDefault<H> {
    pub const fn new() -> Self { BuildHasherDefault(PhantomData) }
}
impl<H> crate::fmt::Debug for BuildHasherDefault<H> {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result { f.debug_struct("BuildHasherDefault").finish() }
}
impl<H> Clone for BuildHasherDefault<H> {
    fn clone(&self) -> Self { BuildHasherDefault(PhantomData) }
}
impl<H> Default for BuildHasherDefault<H> {
    fn default() -> Self { BuildHasherDefault(PhantomData) }
}
impl<H> PartialEq for BuildHasherDefault<H> {
    fn eq(&self, _other: &Self) -> bool { true }
}
impl<H> Eq for BuildHasherDefault<H> {}

impl<H: Default + Hasher> BuildHasher for BuildHasherDefault<H> {
    type Hasher = H;
    fn build_hasher(&self) -> H { H::default() }
}

/// SipHash-1-3 over all bytes written (std's SipHasher13, as its buffered implementation computes it).
#[derive(Debug, Clone)]
pub struct SipHasher13 {
    k0: u64,
    k1: u64,
    length: usize,
    v0: u64,
    v1: u64,
    v2: u64,
    v3: u64,
    tail: u64,
    ntail: usize,
}

impl SipHasher13 {
    pub fn new_with_keys(k0: u64, k1: u64) -> SipHasher13 {
        SipHasher13 { k0, k1, length: 0, v0: k0 ^ 0x736f6d6570736575, v1: k1 ^ 0x646f72616e646f6d, v2: k0 ^ 0x6c7967656e657261,
            v3: k1 ^ 0x7465646279746573, tail: 0, ntail: 0 }
    }

    fn round(&mut self) {
        self.v0 = self.v0.wrapping_add(self.v1);
        self.v1 = self.v1.rotate_left(13);
        self.v1 = self.v1 ^ self.v0;
        self.v0 = self.v0.rotate_left(32);
        self.v2 = self.v2.wrapping_add(self.v3);
        self.v3 = self.v3.rotate_left(16);
        self.v3 = self.v3 ^ self.v2;
        self.v0 = self.v0.wrapping_add(self.v3);
        self.v3 = self.v3.rotate_left(21);
        self.v3 = self.v3 ^ self.v0;
        self.v2 = self.v2.wrapping_add(self.v1);
        self.v1 = self.v1.rotate_left(17);
        self.v1 = self.v1 ^ self.v2;
        self.v2 = self.v2.rotate_left(32);
    }

    fn compress(&mut self, m: u64) {
        self.v3 = self.v3 ^ m;
        self.round();
        self.v0 = self.v0 ^ m;
    }
}

impl Hasher for SipHasher13 {
    fn write(&mut self, msg: &[u8]) {
        self.length = self.length + msg.len();
        for &b in msg.iter() {
            self.tail = self.tail | ((b as u64) << (8 * self.ntail));
            self.ntail = self.ntail + 1;
            if self.ntail == 8 {
                let m = self.tail;
                self.compress(m);
                self.tail = 0;
                self.ntail = 0;
            }
        }
    }
    fn write_str(&mut self, s: &str) {
        self.write(s.as_bytes());
        self.write_u8(0xff);
    }
    fn finish(&self) -> u64 {
        let mut s = self.clone();
        let b: u64 = (((self.length as u64) & 0xff) << 56) | self.tail;
        s.compress(b);
        s.v2 = s.v2 ^ 0xff;
        s.round();
        s.round();
        s.round();
        s.v0 ^ s.v1 ^ s.v2 ^ s.v3
    }
}

#[def_path = "std::hash::random"]

#[derive(Clone, Debug)]
pub struct DefaultHasher(SipHasher13);

impl DefaultHasher {
    pub fn new() -> DefaultHasher { DefaultHasher(SipHasher13::new_with_keys(0, 0)) }
}

impl Default for DefaultHasher {
    fn default() -> DefaultHasher { DefaultHasher::new() }
}

impl Hasher for DefaultHasher {
    fn write(&mut self, msg: &[u8]) { self.0.write(msg) }
    fn write_str(&mut self, s: &str) { self.0.write_str(s) }
    fn finish(&self) -> u64 { self.0.finish() }
}

/// std's RandomState: keys from the thread (rustmem's fixed ones), k0 one more for each new state.
#[def_path = "std::hash::random"]
#[derive(Clone)]
pub struct RandomState {
    k0: u64,
    k1: u64,
}

static mut NEXT_K0: u64 = 0x0706050403020100;

impl RandomState {
    pub fn new() -> RandomState {
        unsafe {
            let k0 = NEXT_K0;
            NEXT_K0 = NEXT_K0.wrapping_add(1);
            RandomState { k0, k1: 0x0f0e0d0c0b0a0908 }
        }
    }
}

impl BuildHasher for RandomState {
    type Hasher = DefaultHasher;
    fn build_hasher(&self) -> DefaultHasher { DefaultHasher(SipHasher13::new_with_keys(self.k0, self.k1)) }
}

impl Default for RandomState {
    fn default() -> RandomState { RandomState::new() }
}

impl crate::fmt::Debug for RandomState {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result { f.debug_struct("RandomState").finish_non_exhaustive() }
}
