use std::mem::size_of;
use std::num::{NonZeroU8, NonZeroU32, NonZeroU64};
use std::ptr::NonNull;
use std::rc::Rc;

#[allow(dead_code)]
enum Tiny {
    First,
    Second,
}

#[allow(dead_code)]
enum Wrapped {
    Flag(bool),
    Nothing,
}

#[allow(dead_code)]
struct Handle {
    id: NonZeroU32,
    generation: u16,
}

fn row(label: &str, size: usize, inner: usize) {
    let note = if size == inner { "niche used" } else { "extra tag space" };
    println!("{:<28} {:>2} (inner {:>2}) {}", label, size, inner, note);
}

fn main() {
    row("Option<Box<u64>>", size_of::<Option<Box<u64>>>(), size_of::<Box<u64>>());
    row("Option<&u32>", size_of::<Option<&u32>>(), size_of::<&u32>());
    row("Option<&[u8]>", size_of::<Option<&[u8]>>(), size_of::<&[u8]>());
    row("Option<NonNull<u8>>", size_of::<Option<NonNull<u8>>>(), size_of::<NonNull<u8>>());
    row("Option<*const u8>", size_of::<Option<*const u8>>(), size_of::<*const u8>());
    row("Option<NonZeroU32>", size_of::<Option<NonZeroU32>>(), size_of::<NonZeroU32>());
    row("Option<u32>", size_of::<Option<u32>>(), size_of::<u32>());
    row("Option<NonZeroU8>", size_of::<Option<NonZeroU8>>(), 1);
    row("Option<NonZeroU64>", size_of::<Option<NonZeroU64>>(), 8);
    row("Option<bool>", size_of::<Option<bool>>(), size_of::<bool>());
    row("Option<Option<bool>>", size_of::<Option<Option<bool>>>(), size_of::<bool>());
    row("Option<char>", size_of::<Option<char>>(), size_of::<char>());
    row("Option<Tiny>", size_of::<Option<Tiny>>(), size_of::<Tiny>());
    row("Option<Wrapped>", size_of::<Option<Wrapped>>(), size_of::<Wrapped>());
    row("Result<u8, ()>", size_of::<Result<u8, ()>>(), size_of::<u8>());
    row("Result<(), Box<u8>>", size_of::<Result<(), Box<u8>>>(), size_of::<Box<u8>>());
    row("Option<String>", size_of::<Option<String>>(), size_of::<String>());
    row("Option<Vec<u8>>", size_of::<Option<Vec<u8>>>(), size_of::<Vec<u8>>());
    row("Option<Rc<u8>>", size_of::<Option<Rc<u8>>>(), size_of::<Rc<u8>>());
    row("Option<Handle>", size_of::<Option<Handle>>(), size_of::<Handle>());
    row("Option<fn()>", size_of::<Option<fn()>>(), size_of::<fn()>());
    row("Option<(u8, bool)>", size_of::<Option<(u8, bool)>>(), size_of::<(u8, bool)>());
    row("Option<f64>", size_of::<Option<f64>>(), size_of::<f64>());

    println!("--- values ---");
    let nz = NonZeroU32::new(42).unwrap();
    let none = NonZeroU32::new(0);
    println!("NonZeroU32::new(42) = {:?}, new(0) = {:?}", nz, none);
    let opt: Option<NonZeroU32> = Some(nz);
    let raw: u32 = unsafe { std::mem::transmute::<Option<NonZeroU32>, u32>(opt) };
    let raw_none: u32 = unsafe { std::mem::transmute::<Option<NonZeroU32>, u32>(None) };
    println!("Some(42) as raw u32 = {}, None as raw u32 = {}", raw, raw_none);

    let b: Option<bool> = None;
    let byte: u8 = unsafe { std::mem::transmute::<Option<bool>, u8>(b) };
    let t: u8 = unsafe { std::mem::transmute::<Option<bool>, u8>(Some(true)) };
    let f: u8 = unsafe { std::mem::transmute::<Option<bool>, u8>(Some(false)) };
    println!("Option<bool> bytes: Some(false)={} Some(true)={} None={}", f, t, byte);

    let r: Result<u8, ()> = Ok(200);
    let e: Result<u8, ()> = Err(());
    println!("Result values: {:?} {:?}", r, e);

    let x = 5u32;
    let maybe: Option<&u32> = Some(&x);
    let nothing: Option<&u32> = None;
    println!("Option<&u32>: {:?} is_none={}", maybe.copied(), nothing.is_none());

    let handles: Vec<Option<Handle>> = (0..5u32)
        .map(|i| NonZeroU32::new(i).map(|id| Handle { id, generation: (i * 10) as u16 }))
        .collect();
    for h in &handles {
        match h {
            Some(h) => println!("handle id={} gen={}", h.id, h.generation),
            None => println!("empty handle slot"),
        }
    }
    println!("Vec<Option<Handle>> heap bytes = {}", handles.len() * size_of::<Option<Handle>>());
}
