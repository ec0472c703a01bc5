// Found by scripts/fuzz-vs-rustc.py (seed 7, m00657, m01143): comparing types whose PartialEq impls exist but not for
// this right side is E0277 ("can't compare"), as rustc looks the method up before knowing the right side; E0369 is
// for a type with no impl at all.
fn main() {
    let beverage = &'c';
    if beverage == "lemonade" {
        println!("sour");
    }
}
