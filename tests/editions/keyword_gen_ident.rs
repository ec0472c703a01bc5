// editions: 2015 2018 2021 2024
// `gen` as a function / variable name: fine up to 2021, a reserved keyword in 2024
// ("expected identifier, found reserved keyword `gen`").
struct Rng {
    state: u64,
}

fn gen(rng: &mut Rng, max: u64) -> u64 {
    rng.state ^= rng.state << 13;
    rng.state ^= rng.state >> 7;
    rng.state ^= rng.state << 17;
    rng.state % max
}

fn main() {
    let mut rng = Rng { state: 0x2545F4914F6CDD1D };
    let mut rolls = Vec::new();
    for _ in 0..6 {
        let gen = gen(&mut rng, 100);
        rolls.push(gen);
    }
    println!("rolls {:?}", rolls);
    println!("max {}", rolls.iter().max().unwrap());
}
