fn head_and_rest(items: &Vec<String>) -> String {
    match items.as_slice() {
        [first, ..] => {
            let owned: String = *first;
            owned
        }
        [] => String::new(),
    }
}

fn main() {
    let v = vec![String::from("alpha"), String::from("beta")];
    println!("{}", head_and_rest(&v));
}
