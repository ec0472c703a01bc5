// Integer arithmetic the interpreter's second tier computes in registers: every width, signed and unsigned, wrapping
// and checked operators at their edges, shifts by amounts near the width, unsigned 64-bit comparisons, casts between
// widths, bools and chars; loops long enough for every function to get its code, values fed back so that each result
// depends on the ones before. Ends with an overflow panic inside a hot loop (the location of the `+`).

fn mix8(n: u32) -> (u8, i8) {
    let mut a: u8 = 1;
    let mut b: i8 = -3;
    for i in 0..n {
        a = a.wrapping_mul(31).wrapping_add(i as u8) ^ (a >> 3);
        b = b.wrapping_sub(a as i8).rotate_left(1) >> 1;
        if a > 200 { a /= 3; }
        if b < -100 { b = -b / 2; }
    }
    (a, b)
}

fn mix16(n: u32) -> (u16, i16) {
    let mut a: u16 = 7;
    let mut b: i16 = i16::MIN + 5;
    for i in 0..n {
        a = (a << 3) | (a >> 13);
        a = a.wrapping_add(i as u16);
        b = b.wrapping_add((a as i16) >> 2);
        if b == i16::MAX { b = 0; }
    }
    (a, b)
}

fn mix32(n: u32) -> (u32, i32, bool) {
    let mut a: u32 = 0xDEAD_BEEF;
    let mut b: i32 = 12345;
    let mut flag = false;
    for i in 0..n {
        a ^= a << 13;
        a ^= a >> 17;
        a ^= a << 5;
        b = b.wrapping_mul(-7).wrapping_add(a as i32 >> (i % 31));
        flag = flag != (a < (b as u32)) && !(b >= 0);
        let (s, o) = a.overflowing_add(b as u32);
        if o { a = s; }
        let (m, o2) = b.overflowing_mul(3);
        if !o2 { b = m; } else { b = -(b / 2); }
    }
    (a, b, flag)
}

fn mix64(n: u64) -> (u64, i64, u64) {
    let mut a: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut b: i64 = -1;
    let mut above = 0u64;
    for i in 0..n {
        a = a.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        b = b.wrapping_sub(a as i64).rotate_right((i % 64) as u32);
        // unsigned comparisons of values above i64::MAX
        if a > u64::MAX / 2 { above += 1; }
        if (b as u64) >= a { above += 2; }
        if a.checked_add(a).is_none() { above += 3; }
        b = b >> (i % 63);
        b = -(b / 3).wrapping_abs();
    }
    (a, b, above)
}

fn casts(n: u32) -> i64 {
    let mut acc: i64 = 0;
    let mut x: u64 = 0xFFFF_FFFF_FFFF_FF00;
    for i in 0..n {
        x = x.wrapping_add(0x0101_0101 * i as u64);
        let a = x as u8 as i64;
        let b = x as i8 as i64;
        let c = x as u16 as i32 as i64;
        let d = x as i16 as u32 as i64;
        let e = x as i32 as i64;
        let f = x as u32 as i64;
        let g = (x as i64) >> 60;
        let h = (x as u128 >> 70) as i64;
        acc = acc.wrapping_add(a - b + c - d + (e ^ f) + g - h);
    }
    acc
}

fn chars_and_bools(n: u32) -> (u32, usize, bool) {
    let mut code = 0u32;
    let mut count = 0usize;
    let mut parity = true;
    for i in 0..n {
        let c = char::from_u32(0x41 + (i % 26)).unwrap();
        let lower = c.is_ascii_lowercase();
        parity = parity ^ (c as u32 % 2 == 0) ^ lower;
        if c > 'M' && !lower { count += 1; }
        code = code.wrapping_add(c as u32) * 3 % 1_000_003;
    }
    (code, count, parity)
}

fn checked_sum(limit: u8, m: u8) -> u8 {
    let mut s: u8 = 0;
    let mut i: u8 = 0;
    while i < limit {
        s += i % m;   // overflows once the sum passes 255
        i = i.wrapping_add(1);
    }
    s
}

fn main() {
    println!("{:?}", mix8(5000));
    println!("{:?}", mix16(5000));
    println!("{:?}", mix32(5000));
    println!("{:?}", mix64(5000));
    println!("{}", casts(5000));
    println!("{:?}", chars_and_bools(5000));
    let mut total: u32 = 0;
    for round in 0..3000u32 {
        total = total.wrapping_add(checked_sum((round % 170) as u8, 3) as u32);
    }
    println!("{}", total);
    println!("{}", checked_sum(255, 4));
}
