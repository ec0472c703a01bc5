#[derive(Copy)]
struct Loud(u32);
impl Clone for Loud {
    fn clone(&self) -> Self {
        println!("clone {}", self.0);
        Loud(self.0)
    }
}
#[derive(Clone, Debug)]
struct Quiet(String);
fn main() {
    let a = vec![Loud(1), Loud(2)];
    let b = a.clone();
    let mut c = Vec::new();
    c.extend_from_slice(&a);
    let d = a.to_vec();
    let e: Vec<Loud> = a.iter().cloned().collect();
    println!("{} {} {} {}", b.len(), c.len(), d.len(), e[1].0);
    let q = vec![Quiet("x".into())];
    let r = q.clone();
    let mut s = vec![Quiet("y".into())];
    s.extend_from_slice(&r);
    println!("{:?} {:?}", r, s);
    let big: Vec<u64> = (0..1000).collect();
    let mut big2 = big.clone();
    big2.extend_from_slice(&big[..10]);
    println!("{} {}", big2.len(), big2[1005]);
}
