// The default (Rust) representation may reorder fields; repr(C) may not.
// offset_of! shows what the compiler chose.
use std::mem::{align_of, offset_of, size_of};

struct Mixed {
    a: u8,
    b: u64,
    c: u16,
    d: u32,
    e: u8,
}

#[repr(C)]
struct MixedC {
    a: u8,
    b: u64,
    c: u16,
    d: u32,
    e: u8,
}

struct WithBool {
    flag: bool,
    count: u32,
    small: u8,
}

struct Nested {
    head: u8,
    inner: WithBool,
    tail: u16,
}

struct Generic<T> {
    tag: u8,
    value: T,
    extra: u16,
}

struct Tiny {
    x: u8,
    y: u8,
    z: u8,
}

fn report<T>(name: &str) {
    println!("{name}: size {} align {}", size_of::<T>(), align_of::<T>());
}

fn main() {
    report::<Mixed>("Mixed");
    let mut offs = vec![
        ("a", offset_of!(Mixed, a)),
        ("b", offset_of!(Mixed, b)),
        ("c", offset_of!(Mixed, c)),
        ("d", offset_of!(Mixed, d)),
        ("e", offset_of!(Mixed, e)),
    ];
    offs.sort_by_key(|&(_, o)| o);
    let order: Vec<String> = offs.iter().map(|(n, o)| format!("{n}@{o}")).collect();
    println!("  memory order: {}", order.join(" "));

    report::<MixedC>("MixedC");
    println!(
        "  a@{} b@{} c@{} d@{} e@{}",
        offset_of!(MixedC, a),
        offset_of!(MixedC, b),
        offset_of!(MixedC, c),
        offset_of!(MixedC, d),
        offset_of!(MixedC, e)
    );
    println!(
        "  wasted by declaration order: {} bytes",
        size_of::<MixedC>() - size_of::<Mixed>()
    );

    report::<WithBool>("WithBool");
    println!(
        "  flag@{} count@{} small@{}",
        offset_of!(WithBool, flag),
        offset_of!(WithBool, count),
        offset_of!(WithBool, small)
    );
    report::<Option<WithBool>>("Option<WithBool>");
    report::<Nested>("Nested");
    println!(
        "  head@{} inner@{} inner.count@{} tail@{}",
        offset_of!(Nested, head),
        offset_of!(Nested, inner),
        offset_of!(Nested, inner.count),
        offset_of!(Nested, tail)
    );

    report::<Generic<u8>>("Generic<u8>");
    report::<Generic<u32>>("Generic<u32>");
    report::<Generic<u64>>("Generic<u64>");
    report::<Generic<[u8; 5]>>("Generic<[u8; 5]>");
    println!(
        "  Generic<u64>: tag@{} value@{} extra@{}",
        offset_of!(Generic<u64>, tag),
        offset_of!(Generic<u64>, value),
        offset_of!(Generic<u64>, extra)
    );

    report::<Tiny>("Tiny");
    report::<(u8, u16, u8)>("(u8, u16, u8)");
    println!(
        "  tuple fields: .0@{} .1@{} .2@{}",
        offset_of!((u8, u16, u8), 0),
        offset_of!((u8, u16, u8), 1),
        offset_of!((u8, u16, u8), 2)
    );
    report::<(u64, u8, u32)>("(u64, u8, u32)");
    report::<((u8, u32), u8)>("((u8, u32), u8)");

    let m = Mixed { a: 1, b: 2, c: 3, d: 4, e: 5 };
    let base = &m as *const Mixed as usize;
    let pb = &m.b as *const u64 as usize;
    let pe = &m.e as *const u8 as usize;
    println!("  &m.b - &m = {}, &m.e - &m = {}", pb - base, pe - base);
    println!("  sum = {}", m.a as u64 + m.b + m.c as u64 + m.d as u64 + m.e as u64);
    let total: usize = [size_of::<u8>(), size_of::<u64>(), size_of::<u16>(), size_of::<u32>(), size_of::<u8>()]
        .iter()
        .sum();
    println!("  field bytes {total}, padding {}", size_of::<Mixed>() - total);
}
