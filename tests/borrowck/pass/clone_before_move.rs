fn archive(items: Vec<String>) -> usize {
    items.len()
}

fn main() {
    let names = vec![String::from("a.txt"), String::from("b.txt")];
    let n = archive(names.clone());
    println!("archived {} of {:?}", n, names);
    let first = names[0].clone();
    let moved = names;
    println!("{} {}", first, moved.len());
}
