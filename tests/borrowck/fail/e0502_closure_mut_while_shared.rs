fn main() {
    let mut visits: Vec<&str> = vec!["home"];
    let current = &visits[0];
    let mut visit = |page: &'static str| visits.push(page);
    visit("about");
    println!("started at {}", current);
}
