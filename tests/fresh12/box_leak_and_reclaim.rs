struct Config {
    name: String,
    retries: u32,
}

impl Drop for Config {
    fn drop(&mut self) {
        println!("Config {} reclaimed", self.name);
    }
}

// Interned strings handed out as &'static str; the owning raw pointers are kept
// so the memory can be reclaimed at the end (no &str handed out is used after that).
struct Interner {
    items: Vec<*mut str>,
}

impl Interner {
    fn intern(&mut self, s: &str) -> &'static str {
        for &existing in &self.items {
            let e: &'static str = unsafe { &*existing };
            if e == s {
                return e;
            }
        }
        let leaked: &'static mut str = Box::leak(s.to_string().into_boxed_str());
        let raw: *mut str = leaked;
        self.items.push(raw);
        unsafe { &*raw }
    }

    fn free_all(&mut self) -> usize {
        let n = self.items.len();
        for p in self.items.drain(..) {
            unsafe { drop(Box::from_raw(p)) };
        }
        n
    }
}

fn uses_static(c: &'static Config) -> String {
    format!("{} x{}", c.name, c.retries)
}

fn main() {
    let cfg: &'static mut Config = Box::leak(Box::new(Config { name: "main".into(), retries: 3 }));
    cfg.retries += 2;
    let cfg_ptr: *mut Config = cfg;
    let shared: &'static Config = unsafe { &*cfg_ptr };
    println!("static config: {}", uses_static(shared));

    let mut interner = Interner { items: Vec::new() };
    let a = interner.intern("apple");
    let b = interner.intern("banana");
    let a2 = interner.intern("apple");
    println!("a={} b={} a2={}", a, b, a2);
    println!("a and a2 same pointer: {}", std::ptr::eq(a, a2));
    println!("a and b same pointer: {}", std::ptr::eq(a, b));
    println!("interned count {}", interner.items.len());

    let leaked_slice: &'static mut [i32] = Box::leak(vec![5, 3, 8, 1].into_boxed_slice());
    leaked_slice.sort();
    println!("leaked slice sorted {:?}", leaked_slice);
    let slice_ptr: *mut [i32] = leaked_slice;

    // Box::into_raw / from_raw round trip, with a mutation in between.
    let raw = Box::into_raw(Box::new([1u8, 2, 3, 4]));
    unsafe {
        (*raw)[0] = 10;
        let arr = &mut *raw;
        arr.reverse();
    }
    let back = unsafe { Box::from_raw(raw) };
    println!("boxed array after raw edits {:?}", back);

    println!("freeing interned strings: {}", interner.free_all());
    let slice_back = unsafe { Box::from_raw(slice_ptr) };
    println!("reclaimed slice len {} sum {}", slice_back.len(), slice_back.iter().sum::<i32>());
    drop(unsafe { Box::from_raw(cfg_ptr) });
    println!("end of main");
}
