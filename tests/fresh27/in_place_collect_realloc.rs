// When does a Vec keep its buffer? Compare as_ptr() before and after (never print it).
fn same<T, U>(a: *const T, b: *const U) -> &'static str {
    if a as usize == b as usize { "same buffer" } else { "new buffer" }
}

#[derive(Debug, Clone, Copy)]
struct Rgb(u8, u8, u8);

fn main() {
    let v: Vec<u32> = (1..=8).collect();
    let p = v.as_ptr();
    let cap = v.capacity();
    let doubled: Vec<u32> = v.into_iter().map(|x| x * 2).collect();
    println!("map u32->u32: {} cap {} -> {}", same(p, doubled.as_ptr()), cap, doubled.capacity());
    println!("  {:?}", doubled);

    let p = doubled.as_ptr();
    let evens: Vec<u32> = doubled.into_iter().filter(|x| x % 4 == 0).collect();
    println!("filter keeps cap: {} len {} cap {}", same(p, evens.as_ptr()), evens.len(), evens.capacity());

    let words = vec![String::from("alpha"), String::from("beta"), String::from("gamma")];
    let p = words.as_ptr();
    let lens: Vec<usize> = words.iter().map(|w| w.len()).collect();
    println!("borrowing iter collects into a new vec: {}", same(p, lens.as_ptr()));
    let p = words.as_ptr();
    let upper: Vec<String> = words.into_iter().map(|w| w.to_uppercase()).collect();
    println!("into_iter String->String: {} {:?}", same(p, upper.as_ptr()), upper);

    let pairs: Vec<(u32, u32)> = (0..6).map(|i| (i, i * i)).collect();
    let p = pairs.as_ptr();
    let firsts: Vec<u32> = pairs.into_iter().map(|(a, _)| a).collect();
    println!(
        "(u32,u32) -> u32: {} len {} cap {}",
        same(p, firsts.as_ptr()),
        firsts.len(),
        firsts.capacity()
    );

    let mut grow: Vec<u64> = Vec::with_capacity(4);
    grow.extend([1, 2, 3, 4]);
    let p = grow.as_ptr();
    grow.push(5);
    println!("push beyond cap: cap {} (pointer moved: {})", grow.capacity(), p != grow.as_ptr());

    let mut stable: Vec<u64> = Vec::with_capacity(32);
    let p = stable.as_ptr();
    for i in 0..32 {
        stable.push(i);
    }
    println!("32 pushes into with_capacity(32): {}", same(p, stable.as_ptr()));
    stable.truncate(2);
    let p = stable.as_ptr();
    stable.shrink_to_fit();
    println!("shrink_to_fit 32 -> 2: {} cap {}", same(p, stable.as_ptr()), stable.capacity());

    let pixels = vec![Rgb(1, 2, 3), Rgb(4, 5, 6), Rgb(7, 8, 9)];
    let base = pixels.as_ptr() as usize;
    let offsets: Vec<usize> = pixels.iter().map(|px| px as *const Rgb as usize - base).collect();
    println!("Rgb element offsets: {:?} (size {})", offsets, std::mem::size_of::<Rgb>());
    let sl = &pixels[1..];
    println!("&pixels[1..] starts {} bytes in", sl.as_ptr() as usize - base);
    let (left, right) = pixels.split_at(2);
    println!("split_at(2): right starts {} bytes after left", right.as_ptr() as usize - left.as_ptr() as usize);
    println!("last pixel {:?}", right[0]);

    let mut taken = vec![10, 20, 30];
    let p = taken.as_ptr();
    let moved = std::mem::take(&mut taken);
    println!("mem::take moves the buffer: {}, old cap {}", same(p, moved.as_ptr()), taken.capacity());
    let cloned = moved.clone();
    println!("clone gets its own buffer: {}", same(moved.as_ptr(), cloned.as_ptr()));
    let m2 = moved;
    println!("move keeps the buffer: {}", same(p, m2.as_ptr()));
    let b: Box<Vec<i32>> = Box::new(m2);
    println!("boxing the Vec keeps the buffer: {}", same(p, b.as_ptr()));

    let s = String::from("hello world");
    let sp = s.as_ptr();
    let world = &s[6..];
    println!("&s[6..] offset {}", world.as_ptr() as usize - sp as usize);
    let bytes = s.into_bytes();
    println!("into_bytes: {}", same(sp, bytes.as_ptr()));
    let back = String::from_utf8(bytes).unwrap();
    println!("from_utf8: {}", same(sp, back.as_ptr()));
    let mut v8: Vec<u8> = back.into();
    v8.reverse();
    println!("reverse in place: {} -> {}", same(sp, v8.as_ptr()), String::from_utf8_lossy(&v8));
}
