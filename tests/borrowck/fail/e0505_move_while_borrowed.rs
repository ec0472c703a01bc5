fn consume(list: Vec<String>) -> usize {
    list.len()
}

fn main() {
    let list = vec![String::from("eggs"), String::from("milk")];
    let first = &list[0];
    let n = consume(list);
    println!("{} items, first {}", n, first);
}
