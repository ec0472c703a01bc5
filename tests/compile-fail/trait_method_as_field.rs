// A trait method (from a blanket impl, in the prelude) named without parentheses is E0615, as an inherent one is.
fn main() {
    let s = "a";
    let t: String = s.into;
    println!("{}", t);
}
