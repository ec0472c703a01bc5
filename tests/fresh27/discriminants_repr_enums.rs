// Enum discriminants: explicit values, repr(u8)/repr(i16)/repr(C), and what the bytes hold.
use std::any::type_name;
use std::mem::{align_of, discriminant, size_of};

#[derive(Debug, Clone, Copy, PartialEq)]
#[repr(u8)]
enum Status {
    Idle = 1,
    Running = 5,
    Done, // 6
    Failed = 200,
}

#[derive(Debug, Clone, Copy)]
#[repr(i16)]
enum Delta {
    Down = -300,
    Still = 0,
    Up = 300,
}

#[derive(Debug)]
enum Auto {
    A,
    B,
    C = 10,
    D,
}

#[allow(dead_code)]
#[repr(u8)]
enum Msg {
    Ping,
    Data(u32),
    Pair(u8, u16),
}

#[allow(dead_code)]
#[repr(C)]
enum CMsg {
    Ping,
    Data(u32),
    Wide(u64),
}

#[allow(dead_code)]
#[repr(C, u8)]
enum CU8 {
    X(u8),
    Y(u16),
}

#[allow(dead_code)]
enum RustMsg {
    Ping,
    Data(u32),
    Pair(u8, u16),
}

#[allow(dead_code)]
#[derive(Debug)]
enum Many {
    V0, V1, V2, V3, V4, V5, V6, V7, V8, V9,
}

fn layout<T>() {
    println!("  {:<38} size {:>2} align {}", type_name::<T>(), size_of::<T>(), align_of::<T>());
}

fn main() {
    println!("explicit discriminants:");
    for s in [Status::Idle, Status::Running, Status::Done, Status::Failed] {
        let byte: u8 = unsafe { std::mem::transmute(s) };
        println!("  {:?} as u8 = {:>3}, in memory {:>3}, as i8 = {}", s, s as u8, byte, s as u8 as i8);
    }
    for d in [Delta::Down, Delta::Still, Delta::Up] {
        println!("  {:?} as i16 = {}, as u8 = {}, as i32 = {}", d, d as i16, d as u8, d as i32);
    }
    println!("  Auto: A={} B={} C={} D={}", Auto::A as i32, Auto::B as i32, Auto::C as i32, Auto::D as i32);

    let from_byte = |b: u8| -> Option<Status> {
        match b {
            1 => Some(Status::Idle),
            5 => Some(Status::Running),
            6 => Some(Status::Done),
            200 => Some(Status::Failed),
            _ => None,
        }
    };
    println!("  from_byte(6) = {:?}, from_byte(7) = {:?}", from_byte(6), from_byte(7));

    println!("layouts:");
    layout::<Status>();
    layout::<Option<Status>>();
    layout::<Delta>();
    layout::<Auto>();
    layout::<Many>();
    layout::<Msg>();
    layout::<RustMsg>();
    layout::<CMsg>();
    layout::<CU8>();
    layout::<Option<Msg>>();
    layout::<Option<RustMsg>>();

    println!("tag bytes of repr(u8) Msg:");
    let msgs = [Msg::Ping, Msg::Data(0xAABBCCDD), Msg::Pair(7, 0x0102)];
    for m in &msgs {
        let tag = unsafe { *(m as *const Msg as *const u8) };
        let what = match m {
            Msg::Ping => "Ping".to_string(),
            Msg::Data(v) => format!("Data({v:#x})"),
            Msg::Pair(a, b) => format!("Pair({a}, {b:#x})"),
        };
        println!("  {:<16} tag byte {}", what, tag);
    }

    println!("mem::discriminant compares variants, not payloads:");
    let a = RustMsg::Data(1);
    let b = RustMsg::Data(2);
    let c = RustMsg::Ping;
    println!("  Data(1) vs Data(2): {}", discriminant(&a) == discriminant(&b));
    println!("  Data(1) vs Ping: {}", discriminant(&a) == discriminant(&c));
    println!("  size_of Discriminant<RustMsg> = {}", size_of::<std::mem::Discriminant<RustMsg>>());

    let all = [Many::V0, Many::V3, Many::V9];
    let codes: Vec<u8> = all.iter().map(|m| unsafe { *(m as *const Many as *const u8) }).collect();
    println!("Many variant bytes: {:?}", codes);
    println!("Status::Running == Status::Running: {}", Status::Running == Status::Running);
    let sorted = {
        let mut v = vec![Status::Failed, Status::Idle, Status::Done];
        v.sort_by_key(|s| *s as u8);
        v
    };
    println!("sorted by discriminant: {:?}", sorted);
}
