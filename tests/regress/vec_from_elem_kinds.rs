#[derive(Clone, Debug)]
struct P(u8);
fn main() {
    let a = vec![0u64; 5];
    let b = vec![7u8; 4];
    let c = vec![0.0f64; 3];
    let d: Vec<Option<Box<i32>>> = vec![None; 2];
    let e = vec![[0u16; 4]; 2];
    let f = vec![(0u8, false); 2];
    let g = vec![P(0); 3];
    let h = vec![String::new(); 2];
    let i = vec![-1i8; 3];
    let j = vec![Some(0u32); 2];
    println!("{a:?} {b:?} {c:?} {d:?} {e:?} {f:?} {g:?} {h:?} {i:?} {j:?}");
}
