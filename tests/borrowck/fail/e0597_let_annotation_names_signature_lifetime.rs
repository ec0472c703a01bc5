// A `let` annotated with the function's lifetime: what it borrows must live as long as 'a,
// which outlives the whole call, so a local cannot be borrowed for it.
fn longest_into<'a>(words: &'a [String], out: &mut Vec<&'a str>) {
    for w in words {
        out.push(w.as_str());
    }
    let suffix = String::from("!");
    let last: &'a str = &suffix;
    println!("{} {}", out.len(), last);
}

fn main() {
    let words = vec![String::from("a"), String::from("bb")];
    let mut out = Vec::new();
    longest_into(&words, &mut out);
    println!("{:?}", out);
}
