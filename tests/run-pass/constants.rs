const THRESHOLD: i32 = 10;
static LANGUAGE: &str = "Rust";
const PAIR: (u8, char) = (3, 'z');
const DOUBLE: i32 = THRESHOLD * 2;

fn is_big(n: i32) -> bool {
    n > THRESHOLD
}

fn main() {
    let n = 16;
    println!("This is {}", LANGUAGE);
    println!("The threshold is {}", THRESHOLD);
    println!("{} is {}", n, if is_big(n) { "big" } else { "small" });
    println!("{:?} {}", PAIR, DOUBLE);
    const LOCAL: u64 = 1 << 40;
    println!("{LOCAL}");
}
