use std::mem::{ManuallyDrop, align_of, size_of};

#[repr(C)]
union IntOrFloat {
    i: u32,
    f: f32,
}

#[repr(C)]
union Wide {
    bytes: [u8; 8],
    halves: [u32; 2],
    whole: u64,
}

#[repr(C)]
#[derive(Clone, Copy)]
struct Pair {
    lo: u16,
    hi: u16,
}

#[repr(C)]
union Split {
    word: u32,
    pair: Pair,
}

union Slot {
    number: i64,
    text: ManuallyDrop<String>,
}

#[repr(u8)]
#[derive(Clone, Copy, PartialEq, Debug)]
enum Kind {
    Number = 1,
    Text = 2,
}

struct Tagged {
    kind: Kind,
    slot: Slot,
}

impl Drop for Tagged {
    fn drop(&mut self) {
        if self.kind == Kind::Text {
            let s = unsafe { ManuallyDrop::take(&mut self.slot.text) };
            println!("  Tagged drop frees text {:?}", s);
        } else {
            println!("  Tagged drop: number, nothing to free");
        }
    }
}

fn describe(t: &Tagged) -> String {
    match t.kind {
        Kind::Number => format!("number {}", unsafe { t.slot.number }),
        Kind::Text => format!("text {:?}", unsafe { &*t.slot.text }),
    }
}

fn main() {
    println!("IntOrFloat size={} align={}", size_of::<IntOrFloat>(), align_of::<IntOrFloat>());
    println!("Wide size={} align={}", size_of::<Wide>(), align_of::<Wide>());
    println!("Split size={} Slot size={} Tagged size={}", size_of::<Split>(), size_of::<Slot>(), size_of::<Tagged>());

    let mut u = IntOrFloat { f: 1.0 };
    let bits = unsafe { u.i };
    println!("f=1.0 read as int: {:#010x} (to_bits {:#010x})", bits, 1.0f32.to_bits());
    u.i = 0x4048_0000;
    println!("i=0x40480000 read as float: {}", unsafe { u.f });
    unsafe { u.f *= 2.0 };
    println!("after f *= 2: i={:#010x} f={}", unsafe { u.i }, unsafe { u.f });

    let mut w = Wide { whole: 0x1122_3344_5566_7788 };
    unsafe {
        println!("whole  = {:#018x}", w.whole);
        println!("halves = {:08x?}", w.halves);
        println!("bytes  = {:02x?}", w.bytes);
        w.bytes[0] = 0xff;
        println!("after bytes[0]=0xff: whole={:#018x} halves[0]={:#010x}", w.whole, w.halves[0]);
        w.halves[1] = 0;
        println!("after halves[1]=0: whole={:#018x} bytes={:?}", w.whole, w.bytes);
    }

    let s = Split { word: 0xABCD_1234 };
    let p = unsafe { s.pair };
    println!("word 0xABCD1234 -> lo={:#06x} hi={:#06x}", p.lo, p.hi);
    let s2 = Split { pair: Pair { lo: 1, hi: 2 } };
    println!("pair lo=1 hi=2 -> word={} (= 2*65536+1 = {})", unsafe { s2.word }, 2 * 65536 + 1);

    println!("-- tagged union with a String --");
    let items = vec![
        Tagged { kind: Kind::Number, slot: Slot { number: -7 } },
        Tagged { kind: Kind::Text, slot: Slot { text: ManuallyDrop::new(String::from("hello")) } },
        Tagged { kind: Kind::Number, slot: Slot { number: 1 << 40 } },
        Tagged { kind: Kind::Text, slot: Slot { text: ManuallyDrop::new("wörld".to_string()) } },
    ];
    for (i, t) in items.iter().enumerate() {
        println!("item {} kind={:?} ({}) -> {}", i, t.kind, t.kind as u8, describe(t));
    }
    let text_bytes: usize = items
        .iter()
        .filter(|t| t.kind == Kind::Text)
        .map(|t| unsafe { t.slot.text.len() })
        .sum();
    println!("total text bytes = {}", text_bytes);
    println!("dropping items:");
    drop(items);
    println!("needs_drop::<Slot>() = {}", std::mem::needs_drop::<Slot>());
    println!("end");
}
