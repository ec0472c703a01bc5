fn apply<F: Fn() -> usize>(f: F) -> usize {
    f()
}

fn main() {
    let inventory = vec!["apple", "pear", "plum"];
    let counter = move || inventory.len();
    println!("count {}", apply(counter));
    println!("first {}", inventory[0]);
}
