// Ranges as values are iterators: rev, map, sum, filter, take over a..b and a..=b (up to the type maximum).
fn main() {
    for number in (1..4).rev() {
        println!("{number}!");
    }
    let squares: Vec<u64> = (1..=5).map(|x| x * x).collect();
    println!("{:?}", squares);
    let total: i32 = (1..=100).sum();
    println!("{}", total);
    let evens = (0..10).filter(|x| x % 2 == 0).count();
    println!("{}", evens);
    for i in (0u8..=255).rev().take(3) {
        println!("{}", i);
    }
    let r = 3..7;
    println!("{}", r.map(|x| x * 10).fold(0, |a, b| a + b));
}
