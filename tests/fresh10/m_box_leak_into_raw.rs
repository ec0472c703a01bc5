use std::mem::ManuallyDrop;

#[derive(Debug)]
struct Config {
    name: String,
    retries: u32,
}

struct Loud(&'static str);

impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop Loud({})", self.0);
    }
}

fn global_config() -> &'static Config {
    let b = Box::new(Config { name: "prod".to_string(), retries: 3 });
    Box::leak(b)
}

fn bump_via_raw(p: *mut Config) {
    unsafe {
        (*p).retries += 10;
        (*p).name.push_str("-patched");
    }
}

fn main() {
    let cfg: &'static Config = global_config();
    println!("leaked config: {:?}", cfg);
    let cfg2 = cfg; // &'static is Copy
    println!("same object: {}", std::ptr::eq(cfg, cfg2));

    let leaked_slice: &'static mut [u32] = Box::leak(vec![1, 2, 3, 4].into_boxed_slice());
    for x in leaked_slice.iter_mut() {
        *x *= 100;
    }
    println!("leaked slice now {:?}", leaked_slice);

    let name: &'static str = Box::leak(String::from("interned-name").into_boxed_str());
    println!("leaked str {:?} len {}", name, name.len());

    println!("-- into_raw / from_raw roundtrip --");
    let boxed = Box::new(Config { name: "dev".into(), retries: 1 });
    let raw: *mut Config = Box::into_raw(boxed);
    bump_via_raw(raw);
    let back: Box<Config> = unsafe { Box::from_raw(raw) };
    println!("after roundtrip: {:?}", back);
    drop(back);

    let loud_raw = Box::into_raw(Box::new(Loud("raw-owned")));
    println!("Loud is now owned by a raw pointer; no drop yet");
    unsafe {
        println!("reading through raw: {}", (*loud_raw).0);
        drop(Box::from_raw(loud_raw));
    }
    println!("raw-owned reclaimed");

    println!("-- ManuallyDrop and forget --");
    let mut md = ManuallyDrop::new(Loud("manual"));
    println!("inside ManuallyDrop: {}", md.0);
    let forgotten = Loud("forgotten");
    std::mem::forget(forgotten);
    println!("forgot one Loud (no drop printed)");
    {
        let _scoped = ManuallyDrop::new(Loud("never-dropped"));
        println!("leaving scope of ManuallyDrop");
    }
    unsafe {
        ManuallyDrop::drop(&mut md);
    }
    println!("manual drop done");
    let inner = ManuallyDrop::into_inner(ManuallyDrop::new(Loud("unwrapped")));
    println!("got back {}", inner.0);
    println!("size ManuallyDrop<Loud> = {}", std::mem::size_of::<ManuallyDrop<Loud>>());
    println!("end of main");
}
