// Arrays by value (edition 2021 on): array::IntoIter holds the elements; those not taken are
// dropped with it; its size is the array's plus the alive range.
struct Noisy(u8);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let numbers = [4, 8, 15];
    println!("{}", numbers.into_iter().any(|x| x == 8));
    println!("{:?}", numbers.into_iter().rev().collect::<Vec<i32>>());
    let bytes = [1u8, 2, 3];
    println!("{} bytes", std::mem::size_of_val(&bytes.into_iter()));
    let mut it = [Noisy(1), Noisy(2), Noisy(3)].into_iter();
    let first = it.next();
    println!("took {}", first.as_ref().map(|n| n.0).unwrap_or(0));
    drop(it);
    println!("end");
}
