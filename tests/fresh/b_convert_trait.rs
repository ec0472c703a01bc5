use std::fmt::Display;

trait Convert<T> {
    fn convert(&self) -> T;
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Meters(f64);
#[derive(Debug, Clone, Copy, PartialEq)]
struct Feet(f64);
#[derive(Debug, Clone, Copy, PartialEq)]
struct Inches(f64);

impl Convert<Feet> for Meters {
    fn convert(&self) -> Feet {
        Feet(self.0 * 3.28084)
    }
}

impl Convert<Inches> for Meters {
    fn convert(&self) -> Inches {
        Inches(self.0 * 39.3701)
    }
}

impl Convert<Meters> for Feet {
    fn convert(&self) -> Meters {
        Meters(self.0 / 3.28084)
    }
}

impl Convert<String> for Meters {
    fn convert(&self) -> String {
        if self.0 >= 1000.0 {
            format!("{:.2} km", self.0 / 1000.0)
        } else if self.0 < 1.0 {
            format!("{:.0} cm", self.0 * 100.0)
        } else {
            format!("{:.1} m", self.0)
        }
    }
}

impl Convert<Vec<u8>> for u32 {
    fn convert(&self) -> Vec<u8> {
        self.to_be_bytes().to_vec()
    }
}

impl Convert<u32> for [u8; 4] {
    fn convert(&self) -> u32 {
        u32::from_le_bytes(*self)
    }
}

fn convert_all<A, B>(items: &[A]) -> Vec<B>
where
    A: Convert<B>,
{
    items.iter().map(|a| a.convert()).collect()
}

fn show<T: Convert<String>>(label: &str, t: T) {
    println!("{}: {}", label, t.convert());
}

trait Summary {
    fn author(&self) -> String;
    fn summarize(&self) -> String {
        format!("(Read more from {}...)", self.author())
    }
}

impl<T: Display> Summary for Vec<T> {
    fn author(&self) -> String {
        self.iter().map(|x| x.to_string()).collect::<Vec<_>>().join("&")
    }
}

fn main() {
    let m = Meters(100.0);
    let f: Feet = m.convert();
    let i: Inches = m.convert();
    let s: String = m.convert();
    println!("{:?} = {:?} = {:?} = {}", m, f, i, s);
    let back: Meters = Convert::<Meters>::convert(&f);
    println!("round trip: {:?} (diff {:e})", back, (back.0 - m.0).abs());
    let heights = [Meters(1.8), Meters(0.45), Meters(2500.0)];
    let feet: Vec<Feet> = convert_all(&heights);
    let labels: Vec<String> = convert_all(&heights);
    println!("{:?}", feet);
    println!("{:?}", labels);
    show("marathon", Meters(42195.0));
    let bytes: Vec<u8> = 0xDEADBEEFu32.convert();
    println!("be bytes: {:02X?}", bytes);
    let n: u32 = [0x78, 0x56, 0x34, 0x12].convert();
    println!("from le: {:#010x}", n);
    println!("{}", vec!["alice", "bob"].summarize());
    println!("{}", vec![1, 2, 3].author());
}
