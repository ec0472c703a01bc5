fn summarize(words: &[String]) -> String {
    match words {
        [] => String::from("nothing"),
        [only] => format!("just {}", only),
        [first, .., last] => format!("{} .. {} ({} total)", first, last, words.len()),
    }
}

fn main() {
    let mut words: Vec<String> = Vec::new();
    println!("{}", summarize(&words));
    words.push("alpha".into());
    println!("{}", summarize(&words));
    words.push("beta".into());
    words.push("gamma".into());
    println!("{}", summarize(&words));
    if let [head, rest @ ..] = words.as_mut_slice() {
        head.push('*');
        rest.reverse();
    }
    println!("{:?}", words);
}
