use std::mem::{align_of, size_of};

const fn kib(n: usize) -> usize { n * 1024 }
const fn fib(n: u32) -> u64 {
    let (mut a, mut b, mut i) = (0u64, 1u64, 0);
    while i < n { let t = a + b; a = b; b = t; i += 1; }
    a
}
const fn words_for<T>(n: usize) -> usize { (n * size_of::<T>() + 7) / 8 }

#[derive(Debug, Clone, Copy)]
#[allow(dead_code)]
struct Rgb { r: u8, g: u8, b: u8 }

const SLOTS: usize = size_of::<Rgb>() * 4 + align_of::<u64>();
static TABLE: [u16; fib(10) as usize] = [7; fib(10) as usize];
static mut SCRATCH: [u8; kib(1)] = [0; kib(1)];

#[repr(u8)]
#[derive(Debug)]
#[allow(dead_code)]
enum Code { Small = size_of::<u16>() as u8, Big = kib(0) as u8 + 200 }

struct Ring<T, const N: usize> { items: [Option<T>; N], head: usize }

impl<T: Copy, const N: usize> Ring<T, N> {
    fn new() -> Self { Ring { items: [None; N], head: 0 } }
    fn push(&mut self, t: T) { self.items[self.head % N] = Some(t); self.head += 1; }
}

fn main() {
    let buf = [0u8; kib(2)];
    let words = [0u64; words_for::<u32>(5)];
    println!("buf {} words {} slots {} table {} first {}", buf.len(), words.len(), SLOTS, TABLE.len(), TABLE[0]);
    let scratch = unsafe { &mut *std::ptr::addr_of_mut!(SCRATCH) };
    scratch[1023] = 9;
    println!("scratch {} last {}", scratch.len(), scratch[1023]);
    println!("codes {:?}={} {:?}={}", Code::Small, Code::Small as u8, Code::Big, Code::Big as u8);
    let mut ring: Ring<Rgb, { size_of::<u32>() }> = Ring::new();
    for i in 0..6u8 { ring.push(Rgb { r: i, g: i * 2, b: i * 3 }); }
    println!("ring cap {} head {} first {:?}", ring.items.len(), ring.head, ring.items[0]);
    let arr: [i32; fib(6) as usize] = core::array::from_fn(|i| i as i32 * 10);
    println!("{:?} size {}", arr, size_of::<[i32; fib(6) as usize]>());
}
