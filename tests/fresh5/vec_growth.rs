// Watching a Vec grow and shrink.
fn stats<T>(label: &str, v: &Vec<T>) {
    println!("{label:<22} len={:<3} cap={}", v.len(), v.capacity());
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Big([u64; 40]);

fn main() {
    let mut a: Vec<u32> = Vec::new();
    stats("new", &a);
    let mut caps = Vec::new();
    for i in 0..17 {
        a.push(i);
        caps.push(a.capacity());
    }
    println!("caps while pushing u32: {:?}", caps);

    let mut bytes: Vec<u8> = Vec::new();
    bytes.push(1);
    stats("u8 first push", &bytes);

    let mut bigs: Vec<Big> = Vec::new();
    bigs.push(Big([0; 40]));
    stats("Big first push", &bigs);
    println!("size_of Big = {}", std::mem::size_of::<Big>());

    let mut b: Vec<i64> = Vec::with_capacity(3);
    stats("with_capacity(3)", &b);
    for i in 0..8 {
        b.push(i * 10);
        println!("  push {:>2} -> len {} cap {}", i * 10, b.len(), b.capacity());
    }

    b.reserve(2);
    stats("reserve(2)", &b);
    b.reserve(20);
    stats("reserve(20)", &b);
    b.shrink_to_fit();
    stats("shrink_to_fit", &b);
    b.reserve_exact(5);
    stats("reserve_exact(5)", &b);
    b.truncate(3);
    stats("truncate(3)", &b);
    b.shrink_to(5);
    stats("shrink_to(5)", &b);
    b.clear();
    stats("clear", &b);
    b.shrink_to_fit();
    stats("shrink_to_fit empty", &b);

    let mut c: Vec<u16> = Vec::new();
    c.extend(0..10u16);
    stats("extend 0..10", &c);
    c.extend([1u16, 2, 3].iter());
    stats("extend 3 more", &c);
    c.extend((0..100u16).filter(|x| x % 30 == 0));
    stats("extend filtered", &c);

    let d: Vec<u64> = (1..=13).map(|x| x * x).collect();
    stats("collect 13 squares", &d);
    let e: Vec<u64> = (1..=50).filter(|x| x % 7 == 0).collect();
    stats("collect filtered", &e);
    println!("e = {:?}", e);

    let f = vec![0u8; 37];
    stats("vec![0; 37]", &f);
    let g = vec![String::from("x"); 5];
    stats("vec![String; 5]", &g);

    let mut h = Vec::with_capacity(10);
    h.extend_from_slice(&[1, 2, 3, 4]);
    stats("h before boxing", &h);
    let boxed: Box<[i32]> = h.into_boxed_slice();
    println!("boxed slice len {} bytes {}", boxed.len(), std::mem::size_of_val(&*boxed));
    let back = boxed.into_vec();
    stats("back into vec", &back);

    let mut z: Vec<()> = Vec::new();
    for _ in 0..1000 {
        z.push(());
    }
    println!("ZST vec len {} cap is usize::MAX: {}", z.len(), z.capacity() == usize::MAX);

    let mut w = vec![1, 2, 3];
    w.append(&mut vec![4, 5, 6, 7]);
    stats("after append", &w);
    let tail = w.split_off(5);
    stats("after split_off", &w);
    stats("tail", &tail);
}
