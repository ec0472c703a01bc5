// Found by scripts/fuzz-vs-rustc.py (seed 7, m00174): since 2018, `::Name` names a crate: E0425 when there is none.
fn main() {
    let names = vec![::Stringfrom("a.txt"), String::from("b.txt")];
    println!("{:?}", names);
}
