fn main() {
    let longest: &str;
    {
        let candidate = String::from("temporary winner");
        longest = &candidate;
    }
    println!("longest: {}", longest);
}
