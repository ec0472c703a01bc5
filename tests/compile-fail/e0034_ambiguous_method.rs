// Two traits give the type a method of the same name and no inherent one decides: E0034.
trait Left { fn side(&self) -> u8; }
trait Right { fn side(&self) -> u8; }

struct Both;

impl Left for Both { fn side(&self) -> u8 { 0 } }
impl Right for Both { fn side(&self) -> u8 { 1 } }

fn main() {
    let b = Both;
    println!("{}", b.side());
}
