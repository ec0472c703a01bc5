// Pointers the interpreter's second tier keeps in registers: slices and &str (wide pointers: address and length),
// references reborrowed and moved into fields, raw pointers read, written and offset in loops, newtypes of pointers
// and integers (NonNull, a wrapper struct), divisions and remainders of every width, overflowing arithmetic and ptr::read
// of integers (intrinsics the code computes itself); loops long enough for every
// function to get its code, values fed back so that each result depends on the ones before. Ends with an index out of
// bounds inside a hot loop (the panic's message and location).

use std::ptr::NonNull;

#[derive(Clone, Copy, Debug, PartialEq)]
struct Meters(u32);

struct Grid {
    cells: Vec<u16>,
    width: usize,
}

impl Grid {
    fn cell(&mut self, x: usize, y: usize) -> &mut u16 {
        let w = self.width;
        &mut self.cells[y * w + x]
    }
}

fn sum_slice(s: &[u64]) -> u64 {
    let mut total: u64 = 0;
    for i in 0..s.len() {
        total = total.wrapping_mul(31).wrapping_add(s[i]);
    }
    total
}

fn halves(s: &mut [i32]) -> (i32, i32) {
    let mid = s.len() / 2;
    let (a, b) = s.split_at_mut(mid);
    for (x, y) in a.iter_mut().zip(b.iter_mut()) {
        *x += *y % 7;
        *y -= *x / 3;
    }
    (a.iter().sum(), b.iter().sum())
}

fn count_bytes(text: &str, wanted: u8) -> usize {
    let bytes = text.as_bytes();
    let mut n = 0;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == wanted { n += 1; }
        i += 1;
    }
    n
}

fn raw_walk(v: &mut Vec<u32>) -> u32 {
    let len = v.len();
    let p = v.as_mut_ptr();
    let mut acc = 0u32;
    unsafe {
        for i in 0..len {
            let q = p.add(i);
            *q = (*q).wrapping_mul(2654435761) >> 7;
            acc ^= q.read();
        }
        let mut back = p.add(len);
        while back != p {
            back = back.sub(1);
            back.write(back.read() % 1000 + 1);
        }
    }
    acc
}

fn through_nonnull(v: &mut [u8]) -> u32 {
    let mut total = 0u32;
    let base = NonNull::new(v.as_mut_ptr()).unwrap();
    for i in 0..v.len() {
        let p = unsafe { NonNull::new_unchecked(base.as_ptr().add(i)) };
        unsafe { *p.as_ptr() = p.as_ptr().read().wrapping_add(i as u8) };
        total += unsafe { *p.as_ref() } as u32;
    }
    total
}

fn divisions(n: u64) -> (u8, i8, u16, i16, u32, i32, u64, i64, usize) {
    let (mut a, mut b, mut c, mut d) = (250u8, -120i8, 65000u16, -32000i16);
    let (mut e, mut f, mut g, mut h, mut k) = (4_000_000_000u32, -2_000_000_000i32, u64::MAX - 12345, i64::MIN + 99, usize::MAX / 3);
    for i in 1..=n {
        let j = i as u8 | 1;
        a = (a / j).wrapping_add(a % j).wrapping_add(100);
        b = (b / (j as i8 | 1)).wrapping_sub(b % 5).wrapping_sub(60);
        c = (c / (i as u16 | 1)).wrapping_add(c % 1000).wrapping_add(30000);
        d = (d / -3).wrapping_add(d % 77).wrapping_sub(20000);
        e = (e / (i as u32 + 1)).wrapping_add(e % 65521).wrapping_add(3_000_000_000);
        f = (f / -7).wrapping_add(f % 1000).wrapping_sub(1_500_000_000);
        g = (g / (i + 1)).wrapping_add(g % 1_000_003).wrapping_add(u64::MAX >> 1);
        h = (h / 3).wrapping_sub(h % 17).wrapping_add(i64::MIN >> 1);
        k = (k / (i as usize + 2)).wrapping_add(k % 999_983).wrapping_add(usize::MAX >> 2);
    }
    (a, b, c, d, e, f, g, h, k)
}

fn overflowing(n: u32) -> (u8, i16, u32, i64, u64, usize, u32) {
    let (mut a, mut b, mut c, mut d, mut e, mut f) = (200u8, -30000i16, 7u32, i64::MAX - 5, 3u64, usize::MAX - 2);
    let mut flips = 0u32;
    for i in 0..n {
        let (x, o1) = a.overflowing_add(i as u8);
        let (y, o2) = b.overflowing_sub((i as i16).wrapping_mul(7));
        let (z, o3) = c.overflowing_mul(2654435761);
        let (w, o4) = d.overflowing_add(i as i64);
        let (v, o5) = e.overflowing_mul(e | 1);
        a = x;
        b = y;
        c = z ^ i;
        d = if o4 { w / 2 } else { w };
        e = v.rotate_left(7);
        f = f.checked_add(1).unwrap_or(i as usize);
        flips += o1 as u32 + o2 as u32 + o3 as u32 + o4 as u32 + o5 as u32;
    }
    (a, b, c, d, e, f, flips)
}

fn read_ints(v: &[u64], w: &[i16]) -> (u64, i64) {
    let (mut s, mut t) = (0u64, 0i64);
    for i in 0..v.len() {
        s = s.wrapping_add(unsafe { std::ptr::read(v.as_ptr().add(i)) });
        t += unsafe { w.as_ptr().add(i % w.len()).read() } as i64;
    }
    (s, t)
}

fn meters(ms: &[Meters]) -> Meters {
    let mut best = Meters(0);
    for m in ms {
        let m2 = *m;
        if m2.0 % 97 > best.0 % 97 { best = m2; }
    }
    best
}

fn main() {
    let data: Vec<u64> = (0..3000).map(|i| i * i + 7).collect();
    println!("sum_slice: {}", sum_slice(&data));
    println!("sum_slice tail: {}", sum_slice(&data[1000..]));

    let mut ints: Vec<i32> = (0..2001).map(|i| (i * 37 % 1001) - 500).collect();
    println!("halves: {:?}", halves(&mut ints));
    println!("halves again: {:?}", halves(&mut ints[3..]));

    let text = "the quick brown fox jumps over the lazy dog; ".repeat(60);
    println!("count_bytes: {} {} {}", count_bytes(&text, b'o'), count_bytes(&text, b' '), count_bytes(&text[5..200], b'e'));

    let mut words: Vec<u32> = (0..2500).collect();
    println!("raw_walk: {} {} {:?}", raw_walk(&mut words), raw_walk(&mut words), &words[..5]);

    let mut bytes: Vec<u8> = (0..=255).cycle().take(3000).collect();
    println!("through_nonnull: {} {}", through_nonnull(&mut bytes), through_nonnull(&mut bytes[7..]));

    println!("divisions: {:?}", divisions(3000));
    println!("overflowing: {:?}", overflowing(5000));
    let ws: Vec<i16> = (0..777).map(|i| (i * 91 % 65536 - 32768) as i16).collect();
    println!("read_ints: {:?}", read_ints(&data, &ws));

    let ms: Vec<Meters> = (0..4000).map(|i| Meters(i * 7919 % 10007)).collect();
    println!("meters: {:?}", meters(&ms));

    let mut grid = Grid { cells: vec![0; 64 * 48], width: 64 };
    for step in 0..5000usize {
        let (x, y) = (step * 7 % 64, step * 13 % 48);
        let c = grid.cell(x, y);
        *c = c.wrapping_mul(3).wrapping_add(step as u16);
    }
    let total: u64 = grid.cells.iter().map(|&c| c as u64).sum();
    println!("grid: {} {}", total, grid.cells[64 * 10 + 5]);

    // a hot loop that reads past the end: the last index is out of bounds
    let small: Vec<u64> = (0..1500).collect();
    let mut acc = 0u64;
    for i in 0..=small.len() {
        acc += small[i] % 3;
    }
    println!("unreachable: {}", acc);
}
