use std::mem::{align_of, align_of_val, offset_of, size_of, size_of_val};

#[repr(C, packed)]
struct Packed {
    kind: u8,
    value: u32,
    extra: u16,
}

#[repr(C)]
struct Unpacked {
    kind: u8,
    value: u32,
    extra: u16,
}

#[repr(C, packed(2))]
struct Packed2 {
    kind: u8,
    value: u32,
}

#[repr(align(16))]
struct Aligned16 {
    byte: u8,
}

#[repr(C, align(8))]
struct Small {
    a: u16,
    b: u16,
}

#[repr(transparent)]
struct Meters(f64);

#[repr(transparent)]
struct Wrapper<T> {
    inner: T,
    _marker: std::marker::PhantomData<u64>,
}

fn main() {
    println!("Packed   size={} align={}", size_of::<Packed>(), align_of::<Packed>());
    println!("  kind@{} value@{} extra@{}", offset_of!(Packed, kind), offset_of!(Packed, value), offset_of!(Packed, extra));
    println!("Unpacked size={} align={}", size_of::<Unpacked>(), align_of::<Unpacked>());
    println!("  kind@{} value@{} extra@{}", offset_of!(Unpacked, kind), offset_of!(Unpacked, value), offset_of!(Unpacked, extra));
    println!("Packed2  size={} align={}", size_of::<Packed2>(), align_of::<Packed2>());
    println!("  kind@{} value@{}", offset_of!(Packed2, kind), offset_of!(Packed2, value));

    let mut p = Packed { kind: 3, value: 0x0102_0304, extra: 500 };
    // Copy fields out before use: no references to unaligned fields.
    let kind = p.kind;
    let value = p.value;
    let extra = p.extra;
    println!("packed values: kind={} value={:#010x} extra={}", kind, value, extra);
    p.value += 1;
    let raw = std::ptr::addr_of!(p.value);
    let read_back = unsafe { raw.read_unaligned() };
    println!("after += 1 via read_unaligned: {:#010x}", read_back);
    let u = Unpacked { kind, value: read_back, extra };
    println!("unpacked copy: kind={} value={} extra={}", u.kind, u.value, u.extra);
    println!("bytes saved by packing: {}", size_of::<Unpacked>() - size_of::<Packed>());

    let arr = [Aligned16 { byte: 1 }, Aligned16 { byte: 2 }, Aligned16 { byte: 3 }];
    println!("Aligned16 size={} align={}", size_of::<Aligned16>(), align_of::<Aligned16>());
    println!("array of 3 Aligned16: {} bytes", size_of_val(&arr));
    let bytes: Vec<u8> = arr.iter().map(|a| a.byte).collect();
    println!("bytes inside: {:?}", bytes);
    let first_ptr = &arr[0] as *const Aligned16 as usize;
    println!("first element 16-aligned? {}", first_ptr % 16 == 0);
    println!("align_of_val(&arr[1]) = {}", align_of_val(&arr[1]));

    let s = Small { a: 1, b: 2 };
    println!("Small size={} align={} a+b={}", size_of::<Small>(), align_of::<Small>(), s.a + s.b);
    println!("(u8, Small) size={}", size_of::<(u8, Small)>());

    let m = Meters(12.5);
    println!("Meters size={} align={} value={}", size_of::<Meters>(), align_of::<Meters>(), m.0);
    println!("same layout as f64? {}", size_of::<Meters>() == size_of::<f64>() && align_of::<Meters>() == align_of::<f64>());
    let as_f64: f64 = unsafe { std::mem::transmute::<Meters, f64>(m) };
    println!("transmuted to f64: {}", as_f64);

    let w = Wrapper { inner: 77u32, _marker: std::marker::PhantomData };
    println!("Wrapper<u32> size={} align={} inner={}", size_of::<Wrapper<u32>>(), align_of::<Wrapper<u32>>(), w.inner);
    println!("PhantomData<u64> size={}", size_of::<std::marker::PhantomData<u64>>());

    let many = [Packed { kind: 1, value: 10, extra: 100 }, Packed { kind: 2, value: 20, extra: 200 }];
    let mut total = 0u32;
    for item in &many {
        let v = item.value;
        let e = item.extra;
        total += v + e as u32 + item.kind as u32;
    }
    println!("array of 2 Packed: {} bytes, total={}", size_of_val(&many), total);
}
