// A `let` annotated with the signature's lifetime may hold what the parameters lend for it.
fn first_two<'a>(items: &'a [i32]) -> (&'a i32, &'a i32) {
    let first: &'a i32 = &items[0];
    let second: &'a i32 = items.get(1).unwrap_or(first);
    let label: &'static str = "pair";
    println!("{label}");
    (first, second)
}

fn main() {
    let v = vec![7, 8, 9];
    let (a, b) = first_two(&v);
    println!("{} {}", a, b);
}
