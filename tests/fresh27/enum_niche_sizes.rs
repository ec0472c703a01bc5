// Exploring niche optimisation: which Option<...> types cost nothing extra?
use std::mem::{align_of, size_of};
use std::num::{NonZeroU32, NonZeroU8, NonZeroU64};
use std::ptr::NonNull;
use std::rc::Rc;
use std::cmp::Ordering;

#[allow(dead_code)]
enum Shape {
    Circle(f64),
    Rect(f32, f32),
    Empty,
}

#[allow(dead_code)]
enum Flagged {
    On(bool, u32),
    Off,
}

#[allow(dead_code)]
enum Three {
    A,
    B,
    C,
}

#[allow(dead_code)]
enum Packet {
    Small(u8),
    Big(u64),
    None,
}

#[allow(dead_code)]
enum Void {}

macro_rules! show {
    ($t:ty) => {
        println!(
            "{:<34} size {:>2} align {}",
            stringify!($t),
            size_of::<$t>(),
            align_of::<$t>()
        );
    };
}

fn main() {
    println!("-- references and boxes --");
    show!(&u8);
    show!(Option<&u8>);
    show!(Option<&mut [u64]>);
    show!(Box<u32>);
    show!(Option<Box<u32>>);
    show!(Option<Box<str>>);
    show!(Option<Rc<String>>);
    show!(Option<NonNull<u16>>);
    show!(Option<fn(i32) -> i32>);

    println!("-- nonzero integers --");
    show!(NonZeroU8);
    show!(Option<NonZeroU8>);
    show!(Option<NonZeroU32>);
    show!(Option<Option<NonZeroU32>>);
    show!(Option<NonZeroU64>);
    show!(u32);
    show!(Option<u32>);

    println!("-- bool, char and small enums --");
    show!(Option<bool>);
    show!(Option<Option<bool>>);
    show!(Option<Option<Option<bool>>>);
    show!(Option<char>);
    show!(Option<Ordering>);
    show!(Three);
    show!(Option<Three>);
    show!(Result<u8, Three>);
    show!(Result<(), Box<u8>>);

    println!("-- enums with data --");
    show!(Shape);
    show!(Option<Shape>);
    show!(Flagged);
    show!(Option<Flagged>);
    show!(Packet);
    show!(Option<Packet>);
    show!(Result<u32, u8>);
    show!(Result<u64, String>);
    show!(Option<String>);
    show!(Option<Vec<u8>>);
    show!(Option<(u8, bool)>);
    show!(Option<[bool; 3]>);

    println!("-- zero sized --");
    show!(());
    show!(Option<()>);
    show!(Void);
    show!(Option<Void>);
    show!([u64; 0]);
    show!(Option<[u64; 0]>);

    let some: Option<NonZeroU32> = NonZeroU32::new(42);
    let none: Option<NonZeroU32> = NonZeroU32::new(0);
    let raw_some: u32 = unsafe { std::mem::transmute(some) };
    let raw_none: u32 = unsafe { std::mem::transmute(none) };
    println!("Some(42) stored as {raw_some}, None stored as {raw_none}");

    let ob: Option<bool> = None;
    let byte: u8 = unsafe { std::mem::transmute(ob) };
    println!("Option<bool>::None byte = {byte}");
    let t: Option<Three> = None;
    let tb: u8 = unsafe { std::mem::transmute(t) };
    println!("Option<Three>::None byte = {tb}");
    let oc: Option<char> = None;
    let cb: u32 = unsafe { std::mem::transmute(oc) };
    println!("Option<char>::None as u32 = {cb:#x}");
}
