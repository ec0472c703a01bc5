struct Cache {
    last: Option<String>,
}

fn main() {
    let cache = Cache { last: Some(String::from("index.html")) };
    if let Some(page) = cache.last {
        println!("cached page {}", page);
    }
    match &cache.last {
        Some(p) => println!("still {}", p),
        None => println!("empty"),
    }
}
