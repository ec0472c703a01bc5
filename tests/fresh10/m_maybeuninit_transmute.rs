use std::mem::{self, MaybeUninit};

#[derive(Debug)]
struct Sensor {
    id: u8,
    reading: f32,
}

fn build_table() -> [String; 5] {
    let mut arr: [MaybeUninit<String>; 5] = [const { MaybeUninit::uninit() }; 5];
    for (i, slot) in arr.iter_mut().enumerate() {
        slot.write(format!("row-{}", i * i));
    }
    // every element is initialised
    unsafe { mem::transmute::<[MaybeUninit<String>; 5], [String; 5]>(arr) }
}

fn squares() -> [u32; 8] {
    let mut arr = [MaybeUninit::<u32>::uninit(); 8];
    for i in 0..8 {
        arr[i] = MaybeUninit::new((i * i) as u32);
    }
    arr.map(|m| unsafe { m.assume_init() })
}

fn main() {
    println!("-- MaybeUninit --");
    println!("squares {:?}", squares());
    let table = build_table();
    println!("table {:?}", table);
    let mut one = MaybeUninit::<Sensor>::uninit();
    let sensor = unsafe {
        one.as_mut_ptr().write(Sensor { id: 7, reading: 21.5 });
        one.assume_init()
    };
    println!("sensor {:?}", sensor);
    println!("size MaybeUninit<u64>={} Option<u64>={}", mem::size_of::<MaybeUninit<u64>>(), mem::size_of::<Option<u64>>());

    println!("-- float bits --");
    for f in [1.0f32, -2.5, 0.1, f32::INFINITY] {
        let bits: u32 = unsafe { mem::transmute::<f32, u32>(f) };
        let sign = bits >> 31;
        let exp = (bits >> 23) & 0xff;
        let frac = bits & 0x7f_ffff;
        println!("{:>8} bits={:#010x} sign={} exp={:>3} frac={:#08x} same_as_to_bits={}",
            f, bits, sign, exp, frac, bits == f.to_bits());
    }
    let back: f32 = unsafe { mem::transmute::<u32, f32>(0x4049_0fdb) };
    println!("0x40490fdb as f32 = {:.6}", back);
    println!("from_bits agrees: {}", f32::from_bits(0x4049_0fdb) == back);

    println!("-- byte order --");
    let n: u32 = 0x1234_5678;
    let le = n.to_le_bytes();
    let be = n.to_be_bytes();
    let native: [u8; 4] = unsafe { mem::transmute::<u32, [u8; 4]>(n) };
    println!("le={:02x?} be={:02x?} native_is_le={}", le, be, native == le);
    let rebuilt = u32::from_le_bytes([0x78, 0x56, 0x34, 0x12]);
    println!("from_le_bytes -> {:#x}", rebuilt);
    let from_arr: u32 = unsafe { mem::transmute::<[u8; 4], u32>([1, 0, 0, 0]) };
    println!("[1,0,0,0] as u32 (little endian) = {}", from_arr);
    let packet = [0xde, 0xad, 0xbe, 0xef, 0x00, 0x10];
    let magic = u32::from_be_bytes(packet[0..4].try_into().unwrap());
    let len = u16::from_be_bytes([packet[4], packet[5]]);
    println!("packet magic={:#x} len={}", magic, len);
    let f_bytes = 3.5f64.to_le_bytes();
    println!("3.5f64 le bytes {:?} -> back {}", f_bytes, f64::from_le_bytes(f_bytes));
    let signed: i16 = -2;
    println!("-2i16 as bytes {:?}, as u16 {}", signed.to_le_bytes(), signed as u16);
}
