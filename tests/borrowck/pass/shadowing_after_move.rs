fn parse_all(raw: Vec<&str>) -> Vec<i32> {
    raw.into_iter().filter_map(|s| s.trim().parse().ok()).collect()
}

fn main() {
    let input = vec!["1", " 2", "x", "40 "];
    let input = parse_all(input);
    let input: i32 = input.iter().sum();
    let input = format!("sum={}", input);
    println!("{}", input);
}
