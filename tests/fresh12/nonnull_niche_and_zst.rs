use std::mem::size_of;
use std::num::NonZeroU32;
use std::ptr::{self, NonNull};

#[derive(Debug, Clone, Copy, PartialEq)]
struct Marker;

struct Slot {
    next: Option<NonNull<Slot>>,
    value: u32,
}

fn describe(p: *const u32) -> String {
    match NonNull::new(p as *mut u32) {
        None => "null".to_string(),
        Some(nn) => format!("points at {}", unsafe { *nn.as_ref() }),
    }
}

fn main() {
    println!("sizes: *const u8={} Option<NonNull<u8>>={} Option<&u8>={} Option<Box<u8>>={}",
        size_of::<*const u8>(), size_of::<Option<NonNull<u8>>>(), size_of::<Option<&u8>>(), size_of::<Option<Box<u8>>>());
    println!("sizes: Option<NonZeroU32>={} Option<u32>={} Option<NonNull<Slot>>={}",
        size_of::<Option<NonZeroU32>>(), size_of::<Option<u32>>(), size_of::<Option<NonNull<Slot>>>());

    let x = 17u32;
    println!("describe(&x) = {}", describe(&x));
    println!("describe(null) = {}", describe(ptr::null()));
    let np: *mut u32 = ptr::null_mut();
    println!("null_mut is_null {} as_mut none {}", np.is_null(), unsafe { np.as_mut() }.is_none());

    // Dangling NonNull is fine for ZSTs and for zero-length slices.
    let d: NonNull<Marker> = NonNull::dangling();
    let m = unsafe { d.as_ptr().read() };
    println!("read ZST through dangling pointer: {:?}", m);
    let empty: &[u64] = unsafe { std::slice::from_raw_parts(NonNull::<u64>::dangling().as_ptr(), 0) };
    println!("empty slice from dangling: len {}", empty.len());
    println!("dangling u64 aligned: {}", NonNull::<u64>::dangling().as_ptr().is_aligned());

    // Many ZST values: pointer arithmetic doesn't move.
    let zs = [Marker; 5];
    let first = zs.as_ptr();
    let last = unsafe { first.add(4) };
    println!("ZST array size {} ptr::eq(first, last) {}", std::mem::size_of_val(&zs), ptr::eq(first, last));

    // Free list built with Option<NonNull<_>> links on the stack.
    let mut c = Slot { next: None, value: 3 };
    let mut b = Slot { next: Some(NonNull::from(&mut c)), value: 2 };
    let a = Slot { next: Some(NonNull::from(&mut b)), value: 1 };
    let mut cur = Some(NonNull::from(&a));
    let mut seen = Vec::new();
    while let Some(p) = cur {
        let slot = unsafe { p.as_ref() };
        seen.push(slot.value);
        cur = slot.next;
    }
    println!("walked stack list {:?}", seen);

    let nz = NonZeroU32::new(0);
    let nz5 = NonZeroU32::new(5).unwrap();
    println!("NonZeroU32::new(0) = {:?}, 5 -> {}", nz, nz5.get());

    let mut value = 10i32;
    let nn = NonNull::from(&mut value);
    unsafe {
        *nn.as_ptr() *= 3;
        let cast: NonNull<u8> = nn.cast();
        println!("after write {} first byte via cast {}", *nn.as_ptr(), *cast.as_ptr());
    }
    println!("ptr::eq null null: {}", ptr::eq(ptr::null::<u8>(), ptr::null()));
}
