fn main() {
    let mut best = String::from("none");
    let mut view: &str = &best;
    println!("view {}", view);
    best = String::from("winner");
    view = &best;
    println!("view {}", view);
    best.push('!');
    println!("best {}", best);
}
