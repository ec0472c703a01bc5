// editions: 2015 2018 2021 2024
// Unsafe operations directly in an `unsafe fn` body: the unsafe_op_in_unsafe_fn lint is allow-by-default
// before 2024 and warns in 2024; with `#![deny(warnings)]` (as many CI builds do) 2024 rejects it (E0133).
#![deny(warnings)]

struct RingBuffer {
    data: Vec<u16>,
    head: usize,
}

impl RingBuffer {
    unsafe fn get_unchecked(&self, i: usize) -> u16 {
        let idx = (self.head + i) % self.data.len();
        *self.data.get_unchecked(idx)
    }

    fn sum(&self) -> u32 {
        let mut s = 0u32;
        for i in 0..self.data.len() {
            s += unsafe { self.get_unchecked(i) } as u32;
        }
        s
    }
}

fn main() {
    let rb = RingBuffer { data: vec![5, 10, 20, 40], head: 2 };
    println!("first {}", unsafe { rb.get_unchecked(0) });
    println!("sum {}", rb.sum());
}
