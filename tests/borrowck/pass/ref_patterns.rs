#[derive(Debug)]
struct Book {
    title: String,
    pages: u32,
}

fn main() {
    let shelf = Some(Book { title: String::from("Dune"), pages: 412 });
    if let Some(ref b) = shelf {
        println!("reading {} ({} pages)", b.title, b.pages);
    }
    match shelf {
        Some(Book { ref title, pages }) if pages > 400 => println!("long book {}", title),
        Some(_) => println!("short book"),
        None => println!("empty shelf"),
    }
    println!("{:?}", shelf);
}
