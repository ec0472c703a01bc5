// The program's own Display and Debug impls: write!/writeln! into the Formatter, `?` on
// fmt::Result, nesting (an impl formatting a field with its own impl), width ignored by write!,
// derived Debug of a struct whose field has a hand-written Debug, and {:#?} indenting it.
use std::fmt;

struct Celsius(f64);

impl fmt::Display for Celsius {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:.1}°C", self.0)
    }
}

struct Reading { place: &'static str, temp: Celsius }

impl fmt::Display for Reading {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: ", self.place)?;
        write!(f, "{}", self.temp)
    }
}

struct Matrix(i32, i32, i32, i32);

impl fmt::Display for Matrix {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        writeln!(f, "( {} {} )", self.0, self.1)?;
        write!(f, "( {} {} )", self.2, self.3)
    }
}

impl fmt::Debug for Matrix {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "M[{}, {}]\n[{}, {}]", self.0, self.1, self.2, self.3)
    }
}

#[derive(Debug)]
struct Holder { id: u8, m: Matrix }

fn main() {
    let r = Reading { place: "Oslo", temp: Celsius(-3.25) };
    println!("{}", r);
    println!("[{:>20}] [{:<3}]", r, Celsius(20.0));
    let m = Matrix(1, 2, 3, 4);
    println!("{}", m);
    println!("{:?}", m);
    let h = Holder { id: 7, m: Matrix(5, 6, 7, 8) };
    println!("{:?}", h);
    println!("{:#?}", h);
}
