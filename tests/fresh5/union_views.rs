// #[repr(C)] unions: reading the same bytes through different fields.
use std::mem::{align_of, size_of, ManuallyDrop};

#[repr(C)]
union IntOrFloat {
    i: u32,
    f: f32,
    bytes: [u8; 4],
}

#[repr(C)]
#[derive(Clone, Copy)]
struct Halves {
    lo: u16,
    hi: u16,
}

#[repr(C)]
union Split {
    whole: u32,
    halves: Halves,
}

#[repr(C)]
union Mixed {
    small: u8,
    big: u64,
    pair: (u8, u32),
}

#[repr(C)]
union WithString {
    text: ManuallyDrop<String>,
    number: usize,
}

#[derive(Clone, Copy)]
enum Kind {
    Int,
    Float,
}

struct Tagged {
    kind: Kind,
    value: IntOrFloat,
}

impl Tagged {
    fn describe(&self) -> String {
        unsafe {
            match self.kind {
                Kind::Int => format!("int {}", self.value.i),
                Kind::Float => format!("float {:.3}", self.value.f),
            }
        }
    }
}

fn main() {
    println!("sizes: IntOrFloat={} Split={} Mixed={} (align {}) WithString={}",
        size_of::<IntOrFloat>(), size_of::<Split>(), size_of::<Mixed>(), align_of::<Mixed>(), size_of::<WithString>());

    let mut u = IntOrFloat { f: 1.0 };
    unsafe {
        println!("1.0 as bits {:#010x}", u.i);
        println!("bytes {:?}", u.bytes);
        u.bytes[3] = 0xc0;
        println!("after poking top byte: f = {}", u.f);
        u.i = 0;
        println!("zeroed: f = {}", u.f);
    }

    let mut s = Split { whole: 0xDEAD_BEEF };
    unsafe {
        println!("lo {:#06x} hi {:#06x}", s.halves.lo, s.halves.hi);
        s.halves.hi = 0x1234;
        println!("whole now {:#010x}", s.whole);
    }

    let m = Mixed { big: 0 };
    let m2 = Mixed { pair: (7, 9) };
    unsafe {
        println!("Mixed zero small={} big={}", m.small, m.big);
        println!("pair.0 {} pair.1 {} small {}", m2.pair.0, m2.pair.1, m2.small);
    }

    let mut w = WithString { text: ManuallyDrop::new(String::from("inside a union")) };
    unsafe {
        println!("union string len {}", w.text.len());
        (*w.text).push_str("!");
        println!("now {:?}", *w.text);
        ManuallyDrop::drop(&mut w.text);
        w.number = 42;
        println!("switched to number {}", w.number);
    }

    let values = vec![
        Tagged { kind: Kind::Int, value: IntOrFloat { i: 7 } },
        Tagged { kind: Kind::Float, value: IntOrFloat { f: 2.25 } },
        Tagged { kind: Kind::Int, value: IntOrFloat { i: 1 << 20 } },
    ];
    for t in &values {
        println!("  {}", t.describe());
    }
    let ints: u32 = values
        .iter()
        .filter(|t| matches!(t.kind, Kind::Int))
        .map(|t| unsafe { t.value.i })
        .sum();
    println!("sum of ints {ints}");
    println!("size_of Tagged {}", size_of::<Tagged>());
    let u99 = IntOrFloat { i: 99 };
    let i = unsafe {
        let IntOrFloat { i } = u99;
        i
    };
    println!("pattern-destructured i = {i}");
}
