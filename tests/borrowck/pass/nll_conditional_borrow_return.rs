fn find_or_push(list: &mut Vec<String>, key: &str) -> usize {
    if let Some(pos) = list.iter().position(|s| s == key) {
        return pos;
    }
    list.push(key.to_string());
    list.len() - 1
}

fn main() {
    let mut names = vec![String::from("a"), String::from("b")];
    println!("{}", find_or_push(&mut names, "b"));
    println!("{}", find_or_push(&mut names, "c"));
    println!("{}", find_or_push(&mut names, "c"));
    println!("{:?}", names);
}
