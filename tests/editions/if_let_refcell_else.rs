// editions: 2015 2018 2021 2024
// `if let Some(v) = *cache.borrow() { .. } else { *cache.borrow_mut() = .. }`: before 2024 the `Ref`
// from the scrutinee is still alive in the else branch and borrow_mut panics ("already borrowed");
// in 2024 it has been dropped and the cache is filled.
use std::cell::RefCell;

struct Memo {
    value: RefCell<Option<u64>>,
    computed: RefCell<u32>,
}

impl Memo {
    fn get(&self, n: u64) -> u64 {
        if let Some(v) = *self.value.borrow() {
            println!("cached {}", v);
            v
        } else {
            let v = (1..=n).product();
            *self.computed.borrow_mut() += 1;
            *self.value.borrow_mut() = Some(v);
            println!("computed {}", v);
            v
        }
    }
}

fn main() {
    let memo = Memo { value: RefCell::new(None), computed: RefCell::new(0) };
    let a = memo.get(10);
    let b = memo.get(10);
    println!("{} {} computed {} time(s)", a, b, memo.computed.borrow());
}
