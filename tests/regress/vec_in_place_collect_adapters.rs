#[derive(Debug)]
struct D(u32);
impl Drop for D { fn drop(&mut self) { println!("drop {}", self.0); } }
fn main() {
    // remaining items dropped after take
    let v: Vec<D> = (0..6).map(D).collect();
    let p = v.as_ptr() as usize;
    let w: Vec<u32> = v.into_iter().map(|d| d.0 * 10).take(2).collect();
    println!("{:?} {}", w, w.capacity());
    // u64 -> u32: capacity doubles in place
    let a: Vec<u64> = vec![1, 2, 3];
    let q = a.as_ptr() as usize;
    let b: Vec<u32> = a.into_iter().map(|x| x as u32).collect();
    println!("{:?} {} {}", b, b.capacity(), b.as_ptr() as usize == q);
    // [u8; 3] -> u16: 9 bytes -> cap 4, shrink (realloc)
    let c: Vec<[u8; 3]> = vec![[1, 2, 3], [4, 5, 6], [7, 8, 9]];
    let d: Vec<u16> = c.into_iter().map(|x| x[0] as u16).collect();
    println!("{:?} {}", d, d.capacity());
    // u8 -> u32: not in place (smaller source)
    let e: Vec<u8> = vec![1, 2, 3];
    let f: Vec<u32> = e.into_iter().map(|x| x as u32).collect();
    println!("{:?} {}", f, f.capacity());
    // enumerate / skip / filter_map / peekable / zip
    let g: Vec<(usize, u64)> = vec![5u64, 6, 7].into_iter().enumerate().skip(1).collect();
    println!("{:?} {}", g, g.capacity());
    let h: Vec<u64> = vec![1u64, 2, 3, 4].into_iter().filter_map(|x| if x % 2 == 0 { Some(x) } else { None }).collect();
    println!("{:?} {}", h, h.capacity());
    let s: Vec<String> = vec!["a".to_string(), "bb".to_string()].into_iter().map(|s| s + "!").collect();
    println!("{:?} {}", s, s.capacity());
    let z: Vec<(u32, char)> = vec![1u32, 2].into_iter().zip("xy".chars()).collect();
    println!("{:?} {}", z, z.capacity());
    let _ = p;
}
