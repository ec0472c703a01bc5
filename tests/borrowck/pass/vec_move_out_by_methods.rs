fn main() {
    let mut queue = vec![
        String::from("first"),
        String::from("second"),
        String::from("third"),
        String::from("fourth"),
    ];
    let last = queue.pop().unwrap();
    let head = queue.remove(0);
    let swapped = queue.swap_remove(0);
    let rest: Vec<String> = queue.drain(..).collect();
    println!("{} {} {} {:?} {}", last, head, swapped, rest, queue.len());
}
