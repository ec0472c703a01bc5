fn main() {
    let mut all = vec![String::from("x")];
    let extra = vec![String::from("y"), String::from("z")];
    all.extend(extra);
    println!("{:?}", all);
    for e in extra.iter() {
        println!("extra {}", e);
    }
}
