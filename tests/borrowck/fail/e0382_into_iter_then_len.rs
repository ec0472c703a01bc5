fn main() {
    let words = vec!["alpha", "beta", "gamma"];
    let upper: Vec<String> = words.into_iter().map(|w| w.to_uppercase()).collect();
    println!("{:?}", upper);
    println!("had {} words", words.len());
}
