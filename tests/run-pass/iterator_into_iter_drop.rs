// vec::IntoIter owns the buffer: items taken are moved out, the rest are dropped with the iterator,
// then the buffer is freed (relative heap addresses show the reuse).
struct Noisy(u32);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let v = vec![Noisy(1), Noisy(2), Noisy(3), Noisy(4)];
    let first = v.as_ptr() as usize;
    let mut it = v.into_iter();
    let a = it.next();
    println!("took {}", a.as_ref().map(|n| n.0).unwrap_or(0));
    let b = it.next();
    println!("took {}", b.as_ref().map(|n| n.0).unwrap_or(0));
    drop(it);
    println!("iterator dropped");
    let again: Vec<u32> = vec![9, 9, 9, 9];
    println!("same block: {}", again.as_ptr() as usize == first);
    let doubled: Vec<u32> = again.into_iter().map(|x| x * 2).collect();
    println!("{:?}", doubled);
}
