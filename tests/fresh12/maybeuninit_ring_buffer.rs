use std::mem::MaybeUninit;

struct Ring<T, const N: usize> {
    slots: [MaybeUninit<T>; N],
    head: usize, // index of oldest element
    len: usize,
}

impl<T, const N: usize> Ring<T, N> {
    fn new() -> Self {
        Ring { slots: [const { MaybeUninit::uninit() }; N], head: 0, len: 0 }
    }

    // Push; when full, the oldest element is overwritten and returned.
    fn push(&mut self, v: T) -> Option<T> {
        if self.len == N {
            let old = unsafe { self.slots[self.head].assume_init_read() };
            self.slots[self.head].write(v);
            self.head = (self.head + 1) % N;
            Some(old)
        } else {
            let idx = (self.head + self.len) % N;
            self.slots[idx].write(v);
            self.len += 1;
            None
        }
    }

    fn pop(&mut self) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        let v = unsafe { self.slots[self.head].assume_init_read() };
        self.head = (self.head + 1) % N;
        self.len -= 1;
        Some(v)
    }

    fn get(&self, i: usize) -> Option<&T> {
        if i >= self.len {
            return None;
        }
        Some(unsafe { self.slots[(self.head + i) % N].assume_init_ref() })
    }

    fn as_slices(&self) -> (&[T], &[T]) {
        let base = self.slots.as_ptr() as *const T;
        let first_len = self.len.min(N - self.head);
        unsafe {
            (
                std::slice::from_raw_parts(base.add(self.head), first_len),
                std::slice::from_raw_parts(base, self.len - first_len),
            )
        }
    }
}

impl<T, const N: usize> Drop for Ring<T, N> {
    fn drop(&mut self) {
        let mut n = 0;
        while self.pop().is_some() {
            n += 1;
        }
        println!("ring dropped {} remaining items", n);
    }
}

struct Msg(u32);
impl Drop for Msg {
    fn drop(&mut self) {
        println!("  drop Msg({})", self.0);
    }
}

fn main() {
    let mut r: Ring<i32, 4> = Ring::new();
    for i in 1..=6 {
        let evicted = r.push(i * 10);
        println!("push {} evicted {:?}", i * 10, evicted);
    }
    println!("slices {:?}", r.as_slices());
    println!("get(0)={:?} get(3)={:?} get(4)={:?}", r.get(0), r.get(3), r.get(4));
    println!("pop {:?} {:?}", r.pop(), r.pop());
    r.push(70);
    println!("slices after wrap {:?}", r.as_slices());
    let total: i32 = { let (a, b) = r.as_slices(); a.iter().chain(b).sum() };
    println!("total {}", total);

    println!("-- ring of Msg");
    let mut m: Ring<Msg, 3> = Ring::new();
    for i in 0..5 {
        if let Some(old) = m.push(Msg(i)) {
            println!("  evicted Msg({})", old.0);
        }
    }
    let popped = m.pop().map(|x| x.0);
    println!("  popped {:?}", popped);
    println!("  front now {:?}", m.get(0).map(|x| x.0));
    println!("-- end of main");
}
