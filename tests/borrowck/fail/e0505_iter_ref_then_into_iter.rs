fn main() {
    let cities = vec![String::from("Oslo"), String::from("Lima")];
    let mut it = cities.iter();
    let first = it.next();
    for c in cities.into_iter() {
        println!("{}", c);
    }
    println!("{:?}", first);
}
