fn main() {
    let temperature = 31;
    let label: &str;
    if temperature > 30 {
        label = "hot";
    } else if temperature < 10 {
        label = "cold";
    }
    println!("it is {}", label);
}
