// slice::from_raw_parts(_mut) built from local arrays with correct lengths.
use std::slice;

#[derive(Debug, Clone, Copy)]
#[repr(C)]
struct Rgb {
    r: u8,
    g: u8,
    b: u8,
}

fn brightness(px: &[Rgb]) -> Vec<u16> {
    px.iter().map(|p| p.r as u16 + p.g as u16 + p.b as u16).collect()
}

fn main() {
    let numbers = [10u32, 20, 30, 40, 50, 60];
    let all = unsafe { slice::from_raw_parts(numbers.as_ptr(), numbers.len()) };
    println!("all = {:?}", all);

    let middle = unsafe { slice::from_raw_parts(numbers.as_ptr().add(2), 3) };
    println!("middle = {:?}, sum = {}", middle, middle.iter().sum::<u32>());

    let empty: &[u32] = unsafe { slice::from_raw_parts(numbers.as_ptr().add(6), 0) };
    println!("empty at end = {:?} (len {})", empty, empty.len());

    let mut buf = [0i16; 8];
    {
        let s = unsafe { slice::from_raw_parts_mut(buf.as_mut_ptr(), buf.len()) };
        for (i, v) in s.iter_mut().enumerate() {
            *v = (i as i16 - 4) * 3;
        }
    }
    println!("buf = {:?}", buf);
    {
        let tail = unsafe { slice::from_raw_parts_mut(buf.as_mut_ptr().add(4), 4) };
        tail.reverse();
    }
    println!("buf with reversed tail = {:?}", buf);

    // View a local struct array as bytes (repr(C), no padding for u8 fields).
    let pixels = [
        Rgb { r: 255, g: 0, b: 0 },
        Rgb { r: 10, g: 200, b: 30 },
        Rgb { r: 1, g: 2, b: 3 },
    ];
    let bytes = unsafe {
        slice::from_raw_parts(pixels.as_ptr() as *const u8, pixels.len() * std::mem::size_of::<Rgb>())
    };
    println!("pixel bytes = {:?}", bytes);
    println!("brightness = {:?}", brightness(&pixels));

    // Rebuild a slice from a sub-slice's raw parts.
    let text = *b"stack-slices!";
    let sub = &text[6..12];
    let (ptr, len) = (sub.as_ptr(), sub.len());
    let again = unsafe { slice::from_raw_parts(ptr, len) };
    println!("again = {}", std::str::from_utf8(again).unwrap());

    // u32 array viewed as u8 bytes (always valid: u8 has alignment 1).
    let words: [u32; 2] = [0x0102_0304, 0x0A0B_0C0D];
    let wb = unsafe { slice::from_raw_parts(words.as_ptr() as *const u8, 8) };
    let mut sorted = wb.to_vec();
    sorted.sort();
    println!("word bytes sorted = {:?}", sorted);
    println!("byte sum = {}", wb.iter().map(|&b| b as u32).sum::<u32>());

    // Chunked views of a local array built with from_raw_parts.
    let series = [1.0f64, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0];
    for k in 0..3 {
        let part = unsafe { slice::from_raw_parts(series.as_ptr().add(k * 3), 3) };
        let mean = part.iter().sum::<f64>() / part.len() as f64;
        println!("part {} = {:?}, mean = {:.2}", k, part, mean);
    }
}
