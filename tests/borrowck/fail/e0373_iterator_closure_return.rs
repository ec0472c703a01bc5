fn multiples_of(factor: u32) -> impl Iterator<Item = u32> {
    (1..5).map(|i| i * factor)
}

fn main() {
    let v: Vec<u32> = multiples_of(3).collect();
    println!("{:?}", v);
}
