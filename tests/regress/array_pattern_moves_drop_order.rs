// Found by scripts/fuzz-vs-rustc.py (seed 7, m00341): moving elements out of an array by a pattern, then dropping the
// array's rest, freed the moved Strings twice; `[h, rest @ ..]` by value was a false E0508. Drop order as rustc's
// open_drop_for_array.
struct Noisy(&'static str);
impl Drop for Noisy { fn drop(&mut self) { println!("drop {}", self.0); } }
fn main() {
    let labels: [String; 3] = [String::from("x"), String::from("y"), String::from("z")];
    let [first, middle, last] = labels;
    println!("{} {} {}", first, middle, &last);
    let a = [Noisy("a0"), Noisy("a1"), Noisy("a2"), Noisy("a3")];
    let [p, .., q] = a;
    println!("took {} {}", p.0, q.0);
    let b = [Noisy("b0"), Noisy("b1"), Noisy("b2")];
    let [h, rest @ ..] = b;
    println!("head {} rest {}", h.0, rest.len());
    let c = [Noisy("c0"), Noisy("c1"), Noisy("c2")];
    let [_, mid, _] = c;
    drop(mid);
    let d = [(Noisy("d0"), 1), (Noisy("d1"), 2)];
    let [(x, _), _] = d;
    drop(x);
    println!("end");
}
