fn main() {
    let mut node = Box::new((1, String::from("leaf")));
    let label = &node.1;
    *node = (2, String::from("branch"));
    println!("{} {}", label, node.0);
}
