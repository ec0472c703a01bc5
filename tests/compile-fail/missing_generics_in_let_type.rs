// A type written without the generic arguments it has no default for is E0107, in a function's body too
// (only an expression path, `Vec::new()`, infers them).
struct Pair<A, B = A> { a: A, b: B }

fn main() {
    let p: Pair<u8> = Pair { a: 1, b: 2 };
    let items: Vec = Vec::new();
    println!("{} {} {}", p.a, p.b, items.len());
}
