#[derive(Debug, Clone, Copy)]
#[repr(u8)]
enum Direction {
    North = 0,
    East = 1,
    South = 2,
    West = 3,
}

fn from_byte(b: u8) -> Direction {
    unsafe { std::mem::transmute(b) }
}

fn main() {
    for b in [0u8, 3, 4] {
        println!("byte {} -> {:?}", b, from_byte(b));
    }
}
