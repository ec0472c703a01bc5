fn consume(list: Vec<String>) -> usize {
    list.len()
}

fn main() {
    let list = vec![String::from("eggs"), String::from("milk")];
    let first = &list[0];
    println!("first {}", first);
    let n = consume(list);
    println!("{} items", n);
}
