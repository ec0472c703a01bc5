// editions: 2015 2018 2021 2024
// Temporaries of a function's / block's tail expression: dropped after the block's locals before 2024,
// before them in 2024.
struct Trace(&'static str);

impl Drop for Trace {
    fn drop(&mut self) {
        println!("  drop {}", self.0);
    }
}

impl Trace {
    fn weight(&self) -> usize {
        self.0.len()
    }
}

fn measure() -> usize {
    let _setup = Trace("local setup");
    let _conn = Trace("local conn");
    Trace("temporary probe").weight()
}

fn main() {
    println!("measure:");
    let w = measure();
    println!("weight {}", w);

    println!("block:");
    let total = {
        let _guard = Trace("block guard");
        Trace("block temp").weight() + 1
    };
    println!("total {}", total);
}
