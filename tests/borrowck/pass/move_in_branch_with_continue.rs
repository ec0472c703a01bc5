fn main() {
    let lines = vec!["# title", "text", "# sub", "more"];
    let mut headers = Vec::new();
    let mut body = Vec::new();
    for line in lines {
        let owned = line.to_string();
        if owned.starts_with('#') {
            headers.push(owned);
            continue;
        }
        body.push(owned.to_uppercase());
        println!("body line from {}", owned);
    }
    println!("{:?} {:?}", headers, body);
}
