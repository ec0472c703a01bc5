struct Lazy {
    cached: Option<Vec<u64>>,
}

impl Lazy {
    fn primes(&mut self) -> &Vec<u64> {
        self.cached.get_or_insert_with(|| {
            println!("computing");
            (2..30u64).filter(|n| (2..*n).all(|d| n % d != 0)).collect()
        })
    }
}

fn main() {
    let mut l = Lazy { cached: None };
    println!("{:?}", l.primes());
    println!("{}", l.primes().len());
}
