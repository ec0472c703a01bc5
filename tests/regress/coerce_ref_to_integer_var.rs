// Found by scripts/fuzz-vs-rustc.py (seed 7, m00009): `&&{integer}` coerced to `&{integer}` by auto-deref was
// E0308 when the target's pointee was an integer variable (rustc tries the next autoderef step).
fn count_in(items: &[i64], wanted: &i64) -> usize {
    items.iter().filter(|x| *x == wanted).count()
}

fn main() {
    let haystack = vec![1, 2, 3, 2];
    let contains = move |needle| haystack.contains(needle);
    println!("{}", contains(& &1));
    println!("{}", contains(&&&4));

    let totals = vec![10, 20, 20];
    let probe = |n: &i32| totals.iter().position(|t| t == n);
    println!("{:?} {:?}", probe(&&20), probe(&30));

    let values = [5, 6, 5];
    let five = &&5;
    println!("{}", count_in(&values, five));
}
