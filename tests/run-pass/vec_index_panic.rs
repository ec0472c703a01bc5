// Indexing a Vec past its length panics with std's message, at the `[index]` of the expression,
// and unwinding frees what is owned (no output from that, but no double free either).
fn main() {
    let v = vec![1, 2, 3];
    let names = vec![String::from("a"), String::from("b")];
    let mut total = 0;
    for x in &v {
        total += x;
    }
    println!("{} {}", total, names[1]);
    let i = v.len() + 2;
    println!("{}", v[i]);
}
