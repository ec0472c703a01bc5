// Formatting through a trait object (std's Display and Debug by the vtable's concrete type), and
// size_of_val of dynamically sized values read from pointer metadata.
use std::fmt;
use std::mem::{align_of_val, size_of_val};

struct Celsius(f64);

impl fmt::Display for Celsius {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:.1} °C", self.0)
    }
}

#[derive(Debug)]
struct Pair(u8, u16);

fn show(items: &[&dyn fmt::Display]) {
    for i in items {
        println!("[{}]", i);
    }
}

fn main() {
    let t = Celsius(21.55);
    let n = 42u8;
    let s = String::from("text");
    show(&[&t, &n, &s]);
    let boxed: Box<dyn fmt::Display> = Box::new(Celsius(-3.0));
    println!("boxed {}", boxed);
    let dbg: &dyn fmt::Debug = &Pair(1, 2);
    println!("{:?}", dbg);
    let words: &str = "héllo";
    let nums: &[u32] = &[1, 2, 3];
    let shown: &dyn fmt::Display = &t;
    println!("{} {} {} {}", size_of_val(words), size_of_val(nums), size_of_val(shown), align_of_val(shown));
}
