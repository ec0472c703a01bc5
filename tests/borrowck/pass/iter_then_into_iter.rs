fn main() {
    let cities = vec![String::from("Oslo"), String::from("Lima"), String::from("Pune")];
    let first = cities.iter().next().cloned();
    let lens: Vec<usize> = cities.iter().map(String::len).collect();
    let upper: Vec<String> = cities.into_iter().map(|c| c.to_uppercase()).collect();
    println!("{:?} {:?} {:?}", first, lens, upper);
}
