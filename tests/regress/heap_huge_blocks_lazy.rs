// Blocks of gigabytes, as the kernel maps them: only the pages written cost memory. Zeroed vectors come from
// calloc, a u8 fill is a memset, and values that straddle the pages' ends read back whole.
fn main() {
    // 4 GiB of u64, zeroed: a sparse table
    let n: usize = 1 << 29;
    let mut t = vec![0u64; n];
    let mut i = 1usize;
    while i < n {
        t[i] = i as u64 * 3;
        i *= 7;
    }
    let sampled: u64 = t.iter().step_by(1 << 20).sum();
    let set = (0..29).filter(|&b| t[1usize << b] != 0).count();
    println!("table: {} entries, sampled sum {}, {} powers of two set, t[7^10] = {}", t.len(), sampled, set, t[282475249]);

    // 8 GiB reserved, four elements written
    let mut w: Vec<u16> = Vec::with_capacity(1 << 32);
    w.push(5);
    w.extend_from_slice(&[1, 2, 3]);
    println!("{:?} of capacity {}", w, w.capacity());

    // a 40 MiB fill, and a clone of 3 GiB of zeros
    let f = vec![0xABu8; 40 << 20];
    println!("fill: {} bytes, last {:#x}, sum of the first 1000: {}", f.len(), f[f.len() - 1], f[..1000].iter().map(|&b| b as u32).sum::<u32>());
    let z = vec![0u8; 3 << 30];
    let z2 = z.clone();
    println!("clone: {} bytes, z2[3 GiB - 1] = {}", z2.len(), z2[(3 << 30) - 1]);
    drop(z);

    // 24-byte elements across the end of a 1 MiB page of a 24 MiB block
    let mut v: Vec<(u64, u64, u64)> = Vec::with_capacity(1 << 20);
    let k = (1 << 20) / 24 + 1;
    for j in 0..k + 2 {
        v.push((j as u64, (j * 2) as u64, (j * 3) as u64));
    }
    let across = v[k - 1];
    v.reverse();
    println!("across: {:?}, after reverse v[2] = {:?}, v[{}] = {:?}", across, v[2], k + 1, v[k + 1]);
    let bytes: Vec<u8> = v.iter().take(3).flat_map(|e| e.0.to_le_bytes()).collect();
    println!("{:?}", &bytes[..10]);

    // a 20 MiB vector that grows: its pages move to the new block
    let mut g = vec![0u8; 20 << 20];
    g[12345] = 9;
    g.push(1);
    println!("grown: len {}, cap {}, g[12345] = {}, last = {}", g.len(), g.capacity(), g[12345], g[g.len() - 1]);
    let s: u64 = g.iter().step_by(4096).map(|&b| b as u64).sum();
    println!("sum every 4096th byte: {}", s);
}
