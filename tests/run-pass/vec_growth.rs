// RawVec's growth policy: capacity 8 first for 1-byte elements, 4 up to 1 KiB, 1 above; doubling;
// with_capacity exact; vec! literals exact; String push_str reserving amortized.
struct Big([u8; 2000]);

fn main() {
    let mut bytes: Vec<u8> = Vec::new();
    let mut ints: Vec<i64> = Vec::new();
    let mut bigs: Vec<Big> = Vec::new();
    for i in 0..20 {
        bytes.push(i as u8);
        ints.push(i);
        if i < 5 { bigs.push(Big([0; 2000])); }
        println!("{:2}: u8 cap {:2}  i64 cap {:2}  Big cap {}", i, bytes.capacity(), ints.capacity(), bigs.capacity());
    }
    let w: Vec<u16> = Vec::with_capacity(3);
    println!("with_capacity(3): {} {}", w.len(), w.capacity());
    let lit = vec![1, 2, 3, 4, 5];
    println!("vec! literal: {} {}", lit.len(), lit.capacity());
    let rep = vec![7u8; 10];
    println!("vec![x; n]: {:?} {}", rep, rep.capacity());
    let mut s = String::new();
    for word in ["a", "bb", "cccc", "dddddddd", "e"] {
        s.push_str(word);
        println!("{:?} len {} cap {}", s, s.len(), s.capacity());
    }
    let mut v = vec![10, 20, 30];
    println!("{:?} {:?} {:?} {:?} {:?}", v.pop(), v.pop(), v.pop(), v.pop(), v);
    v.push(1);
    println!("{} {}", v.len(), v.capacity());
    println!("{}", bigs[4].0[1999]);
}
