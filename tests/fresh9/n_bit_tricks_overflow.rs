fn describe(n: u32) -> String {
    format!("{n:>6} = {n:#06x} = {n:#018b} ones={} lz={} tz={}", n.count_ones(), n.leading_zeros(), n.trailing_zeros())
}

fn isqrt(n: u64) -> u64 {
    if n < 2 { return n; }
    let mut x = n;
    let mut y = (x + 1) / 2;
    while y < x { x = y; y = (x + n / x) / 2; }
    x
}

fn gray(n: u8) -> u8 { n ^ (n >> 1) }

fn factorial_u128(n: u32) -> Option<u128> {
    (1..=n as u128).try_fold(1u128, |acc, k| acc.checked_mul(k))
}

struct BitSet64(u64);

impl BitSet64 {
    fn insert(&mut self, i: u32) -> bool { let was = self.contains(i); self.0 |= 1 << i; !was }
    fn contains(&self, i: u32) -> bool { self.0 >> i & 1 == 1 }
    fn iter(&self) -> impl Iterator<Item = u32> + '_ { (0..64).filter(move |&i| self.contains(i)) }
}

fn main() {
    for n in [0u32, 1, 40, 255, 4096, 65535] { println!("{}", describe(n)); }

    let a: u8 = 200;
    println!("checked_add {:?} {:?}", a.checked_add(55), a.checked_add(56));
    println!("wrapping {} saturating {} overflowing {:?}", a.wrapping_add(100), a.saturating_add(100), a.overflowing_add(100));
    println!("wrapping_neg {} i8 wrapping_abs {}", 1u8.wrapping_neg(), i8::MIN.wrapping_abs());
    println!("abs_diff {} {}", 3u32.abs_diff(10), (-7i32).abs_diff(5));
    println!("rem_euclid {} {} vs % {}", (-7i32).rem_euclid(3), 7i32.rem_euclid(-3), -7i32 % 3);
    println!("div_euclid {} pow {} isqrt {}", (-7i32).div_euclid(3), 3u64.pow(20), isqrt(3u64.pow(20)));
    println!("rotate {:#010x} swap {:#010x}", 0x1234_5678u32.rotate_left(8), 0x1234_5678u32.swap_bytes());
    println!("i64 range {} .. {}", i64::MIN, i64::MAX);

    let grays: Vec<String> = (0u8..8).map(|i| format!("{:03b}", gray(i))).collect();
    println!("gray: {}", grays.join(" "));
    let one_bit_steps = grays.windows(2).all(|w| {
        let a = u8::from_str_radix(&w[0], 2).unwrap();
        let b = u8::from_str_radix(&w[1], 2).unwrap();
        (a ^ b).count_ones() == 1
    });
    println!("gray code valid: {one_bit_steps}");

    for n in [20, 30, 34, 35] {
        match factorial_u128(n) {
            Some(f) => println!("{n}! = {f} ({} bits)", 128 - f.leading_zeros()),
            None => println!("{n}! overflows u128"),
        }
    }
    println!("u128::MAX = {:#x}", u128::MAX);
    println!("i128 min = {}", i128::MIN);

    let mut set = BitSet64(0);
    let primes: Vec<u32> = (2..64).filter(|n| (2..*n).take_while(|d| d * d <= *n).all(|d| n % d != 0)).collect();
    let newly: usize = primes.iter().map(|&p| set.insert(p) as usize).sum();
    println!("inserted {newly}, re-insert 7 -> {}", set.insert(7));
    println!("bitset {:#x} popcount {}", set.0, set.0.count_ones());
    println!("twin primes: {:?}", set.iter().filter(|&p| set.contains(p + 2)).map(|p| (p, p + 2)).collect::<Vec<_>>());

    let f = 0.1f64 + 0.2;
    println!("0.1+0.2 = {f} bits={:#x} == 0.3? {}", f.to_bits(), f == 0.3);
    println!("f32 bits of 1.5 = {:#b}", 1.5f32.to_bits());

    // checksum that overflows on purpose in debug builds
    let data: Vec<u8> = (1..=40).map(|i| (i * 7 % 256) as u8).collect();
    let mut sum16: u16 = 0;
    for chunk in data.chunks(8) {
        let part: u16 = chunk.iter().map(|&b| b as u16).sum();
        sum16 = sum16.wrapping_mul(31).wrapping_add(part);
        println!("chunk sum {part:>4} running {sum16:>5}");
    }
    let mut strict: u16 = 1;
    for (i, b) in data.iter().enumerate() {
        strict = strict * 3 + *b as u16;
        println!("step {i}: {strict}");
    }
    println!("unreachable: {strict}");
}
