// editions: 2015 2018 2021 2024
// Calling a method on a raw pointer whose pointee type is still an inference variable
// (`let p = addr as *const _; p.is_null()`): a warning in 2015, an error (E0282) from 2018.
struct Buffer {
    data: Vec<u32>,
}

impl Buffer {
    fn first_ptr(&self) -> *const u32 {
        self.data.as_ptr()
    }
}

fn main() {
    let bufs = vec![Buffer { data: vec![7, 8, 9] }, Buffer { data: Vec::with_capacity(4) }];
    for b in &bufs {
        let raw = b.first_ptr();
        let alias = raw as *const _;
        let null = alias.is_null();
        println!("len {} null {}", b.data.len(), null);
        if !b.data.is_empty() {
            println!("first {}", unsafe { *raw });
        }
    }
}
