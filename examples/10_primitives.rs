// Tour stop 10: integers, floats, char and bool and their sizes.
use std::mem::size_of;

fn main() {
    println!("u8 {}  u16 {}  u32 {}  u64 {}  u128 {}", size_of::<u8>(), size_of::<u16>(), size_of::<u32>(),
        size_of::<u64>(), size_of::<u128>());
    println!("f32 {}  f64 {}", size_of::<f32>(), size_of::<f64>());
    println!("char {} (a Unicode scalar value: '{}' is U+{:04X})", size_of::<char>(), 'é', 'é' as u32);
    println!("bool {} (only 0 and 1 are valid: {} {})", size_of::<bool>(), false as u8, true as u8);
    println!("Option<bool> {} (the invalid values 2..=255 hold None)", size_of::<Option<bool>>());
}
