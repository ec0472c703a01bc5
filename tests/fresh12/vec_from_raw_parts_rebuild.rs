use std::mem::ManuallyDrop;

// Reinterpret a Vec<u32> of bit patterns as Vec<f32> without copying.
// Same size and alignment, and every u32 is a valid f32 bit pattern.
fn bits_to_floats(v: Vec<u32>) -> Vec<f32> {
    let mut v = ManuallyDrop::new(v);
    let (ptr, len, cap) = (v.as_mut_ptr(), v.len(), v.capacity());
    unsafe { Vec::from_raw_parts(ptr as *mut f32, len, cap) }
}

fn reuse_string_buffer(s: String) -> String {
    let mut s = ManuallyDrop::new(s);
    // Go through the Vec so the pointer covers the whole allocation, not just len bytes.
    let (ptr, len, cap) = (unsafe { s.as_mut_vec() }.as_mut_ptr(), s.len(), s.capacity());
    unsafe {
        // Reverse the ASCII bytes in place, then rebuild the String around the same buffer.
        let bytes = std::slice::from_raw_parts_mut(ptr, len);
        bytes.reverse();
        String::from_raw_parts(ptr, len, cap)
    }
}

struct Item(u8);
impl Drop for Item {
    fn drop(&mut self) {
        println!("  drop Item({})", self.0);
    }
}

fn main() {
    let bits = vec![0x3f80_0000u32, 0x4000_0000, 0xc0a0_0000, 0x3e80_0000];
    let before = bits.as_ptr().addr();
    let floats = bits_to_floats(bits);
    let after = floats.as_ptr().addr();
    println!("floats {:?} same buffer: {}", floats, before == after);

    let mut s = String::with_capacity(16);
    s.push_str("stressed");
    let cap = s.capacity();
    let r = reuse_string_buffer(s);
    println!("reversed {:?} capacity kept: {}", r, r.capacity() == cap);

    // Truncate manually: drop the tail elements in place, then shrink len.
    let mut items: Vec<Item> = (1..=5).map(Item).collect();
    println!("manual truncate to 2:");
    unsafe {
        let len = items.len();
        let tail = std::ptr::slice_from_raw_parts_mut(items.as_mut_ptr().add(2), len - 2);
        items.set_len(2);
        std::ptr::drop_in_place(tail);
    }
    println!("  remaining {:?}", items.iter().map(|i| i.0).collect::<Vec<_>>());

    // Move elements out of a Vec without dropping them twice.
    let mut v = ManuallyDrop::new(vec![Item(10), Item(20), Item(30)]);
    let moved: Vec<Item> = unsafe {
        let p = v.as_mut_ptr();
        let n = v.len();
        let mut out = Vec::with_capacity(n);
        for i in (0..n).rev() {
            out.push(std::ptr::read(p.add(i)));
        }
        v.set_len(0);
        ManuallyDrop::drop(&mut v); // frees the buffer only, len is 0
        out
    };
    println!("  moved in reverse {:?}", moved.iter().map(|i| i.0).collect::<Vec<_>>());

    let boxed: Box<[u16]> = vec![1u16, 2, 3].into_boxed_slice();
    let raw: *mut [u16] = Box::into_raw(boxed);
    let len = raw.len();
    let rebuilt = unsafe { Box::from_raw(raw) }.into_vec();
    println!("box slice len {} rebuilt vec {:?} cap==len {}", len, rebuilt, rebuilt.capacity() == rebuilt.len());
    println!("end of main:");
}
